using System.Globalization;

namespace Relief.Core.Features.Visits;

/// <summary>Dates inside messages and letters, as UI.md writes them: 2021年1月15日 in Chinese, 15 Jan 2021 in English.</summary>
public static class Dates
{
    public static string Format(DateOnly date) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh"
            ? date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)
            : date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
