using System.Globalization;
using Relief.Core.Common;

namespace Relief.Core.Features.Households.Import;

/// <summary>Reads the enum and number cells of the sheet, accepting the labels in Chinese or English and the usual shorthands.</summary>
public static class ImportValues
{
    private static readonly char[] ListSeparators = ['、', ',', '，', ';', '；', '/', '|', ' ', '\n'];
    private static readonly string[] YesWords = ["是", "Y", "YES", "TRUE", "1", "√", "偏远"];
    private static readonly string[] NoWords = ["否", "N", "NO", "FALSE", "0"];

    /// <summary>Shorthands seen in the unions' own sheets.</summary>
    private static readonly Dictionary<string, HouseholdCategory> CategoryShorthands = new()
    {
        ["特困"] = HouseholdCategory.ExtremeHardshipEmployee,
        ["困难"] = HouseholdCategory.HardshipEmployee,
        ["大病"] = HouseholdCategory.SeriousIllness,
        ["单亲"] = HouseholdCategory.SingleParent,
        ["烈士家属"] = HouseholdCategory.MartyrFamily,
        ["公亡家属"] = HouseholdCategory.MartyrFamily,
        ["矽肺病"] = HouseholdCategory.Silicosis,
        ["退休"] = HouseholdCategory.Retiree,
        ["劳模"] = HouseholdCategory.ModelWorker,
        ["残疾人"] = HouseholdCategory.Disabled,
    };

    public static IReadOnlyList<string> SplitList(string text) =>
        text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static HouseholdCategory? Category(string text) =>
        Enum<HouseholdCategory>(text) ?? (CategoryShorthands.TryGetValue(text, out var category) ? category : null);

    public static TEnum? Enum<TEnum>(string text) where TEnum : struct, Enum
    {
        foreach (var value in System.Enum.GetValues<TEnum>())
        {
            var key = $"{typeof(TEnum).Name}.{value}";
            if (ResourceText.BothLanguages(key).Any(label => string.Equals(label, text, StringComparison.OrdinalIgnoreCase))) return value;
        }
        return null;
    }

    public static bool? YesNo(string text)
    {
        if (YesWords.Contains(text, StringComparer.OrdinalIgnoreCase)) return true;
        if (NoWords.Contains(text, StringComparer.OrdinalIgnoreCase)) return false;
        return null;
    }

    public static int? WholeNumber(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value == decimal.Truncate(value)
            && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : null;

    /// <summary>An amount as typed; a fraction of a fen is kept so the validator refuses it rather than rounding it away.</summary>
    public static decimal? Money(string text) => DecimalText.TryParse(text, out var value) ? value : null;
}
