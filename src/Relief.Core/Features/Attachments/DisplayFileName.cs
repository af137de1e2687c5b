using System.Text;
using Relief.Core.Common;

namespace Relief.Core.Features.Attachments;

/// <summary>
/// The uploader's file name reduced to display text: the last segment of any path, without control or bidirectional
/// override characters, at most <see cref="FieldLengths.ShortText"/> long. It is never used to name a stored file.
/// </summary>
public static class DisplayFileName
{
    public static string From(string? name, string fallback)
    {
        var last = (name ?? "").Split('/', '\\').LastOrDefault() ?? "";
        var clean = new StringBuilder(last.Length);
        foreach (var c in last)
        {
            if (char.IsControl(c) || c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069') continue;
            clean.Append(c);
        }
        var text = clean.ToString().Trim();
        if (text.Length == 0) return fallback;
        return text.Length <= FieldLengths.ShortText ? text : text[..FieldLengths.ShortText];
    }
}
