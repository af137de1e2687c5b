namespace Relief.Core.Common;

/// <summary>How a typed text field is stored: trimmed, and blank as no value.</summary>
public static class TextInput
{
    public static string? TrimmedOrNull(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
