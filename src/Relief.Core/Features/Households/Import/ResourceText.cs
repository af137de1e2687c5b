using System.Globalization;
using System.Resources;

namespace Relief.Core.Features.Households.Import;

/// <summary>
/// CoreMessages in a fixed language, whatever the user's. The import sheet is a file format: its template is
/// always in Chinese (the neutral resources), and uploads are read in Chinese or English alike.
/// </summary>
public static class ResourceText
{
    private static readonly ResourceManager Resources = new("Relief.Core.Resources.CoreMessages", typeof(CoreMessages).Assembly);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static string Chinese(string key) => Resources.GetString(key, CultureInfo.InvariantCulture) ?? key;

    /// <summary>The Chinese and English forms of a text, for matching what a user typed.</summary>
    public static IEnumerable<string> BothLanguages(string key)
    {
        yield return Chinese(key);
        if (Resources.GetString(key, English) is { } english) yield return english;
    }
}
