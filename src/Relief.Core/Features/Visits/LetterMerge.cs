using System.Text.RegularExpressions;

namespace Relief.Core.Features.Visits;

/// <summary>
/// Fills a letter template's merge fields. The Chinese names are the ones officers type; the English aliases
/// ({Name}, {Campaign}, {Greeting}, {Leader}, {Union}, {Hotline}, {HotlineHours}) mean the same, for templates written in English.
/// The hotline fields are the campaign's published hotline (帮扶热线), blank when it has none.
/// </summary>
public static partial class LetterMerge
{
    public const string Name = "{姓名}";
    public const string Campaign = "{活动名称}";
    public const string Greeting = "{节日问候}";
    public const string Leader = "{署名领导}";
    public const string Union = "{工会名称}";
    public const string Hotline = "{热线号码}";
    public const string HotlineHours = "{热线值守时间}";

    public static readonly string FieldList = string.Join(" ", Name, Campaign, Greeting, Leader, Union, Hotline, HotlineHours);

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["{Name}"] = Name,
        ["{Campaign}"] = Campaign,
        ["{Greeting}"] = Greeting,
        ["{Leader}"] = Leader,
        ["{Union}"] = Union,
        ["{Hotline}"] = Hotline,
        ["{HotlineHours}"] = HotlineHours,
    };

    private static readonly HashSet<string> Known = [Name, Campaign, Greeting, Leader, Union, Hotline, HotlineHours];

    public static string Fill(string template, string name, string campaign, string greeting, string leader, string union,
        string hotline = "", string hotlineHours = "")
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Name] = name, [Campaign] = campaign, [Greeting] = greeting, [Leader] = leader, [Union] = union,
            [Hotline] = hotline, [HotlineHours] = hotlineHours,
        };
        return Field().Replace(template, m =>
        {
            var key = Aliases.GetValueOrDefault(m.Value, m.Value);
            return values.TryGetValue(key, out var value) ? value : m.Value;
        });
    }

    /// <summary>Braced words that are not merge fields: most likely a typo the letter would print as it is.</summary>
    public static IReadOnlyList<string> UnknownFields(string? template) =>
        string.IsNullOrEmpty(template)
            ? []
            : Field().Matches(template).Select(m => m.Value).Where(v => !Known.Contains(v) && !Aliases.ContainsKey(v)).Distinct().ToList();

    [GeneratedRegex(@"\{[^{}\s]{1,20}\}")]
    private static partial Regex Field();
}
