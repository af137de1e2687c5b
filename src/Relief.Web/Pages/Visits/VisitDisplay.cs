using System.Globalization;
using Relief.Core.Features.Visits;

namespace Relief.Web.Pages.Visits;

/// <summary>How the visit and concern pages name people: 徐志强（公司领导） / Xu Zhiqiang (company leader).</summary>
public static class VisitDisplay
{
    private static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    public static string Person(string name, string? title) =>
        string.IsNullOrWhiteSpace(title) ? name : IsChinese ? $"{name}（{title}）" : $"{name} ({title})";

    public static string Visitor(VisitDetail.Visitor visitor) => Person(visitor.Name, visitor.Title);

    public static string Visitors(IEnumerable<VisitDetail.Visitor> visitors, string separator) =>
        string.Join(separator, visitors.Select(Visitor));
}
