using System.Globalization;

namespace Relief.Pdf.Layout;

/// <summary>The current page number and the page count, substituted for <c>{n}</c> and <c>{N}</c>.</summary>
internal sealed record PageNumbers(int Current, int Total)
{
    public const string CurrentPlaceholder = "{n}";
    public const string TotalPlaceholder = "{N}";

    public string Substitute(string text) =>
        text.Contains('{', StringComparison.Ordinal)
            ? text.Replace(CurrentPlaceholder, Current.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace(TotalPlaceholder, Total.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            : text;
}
