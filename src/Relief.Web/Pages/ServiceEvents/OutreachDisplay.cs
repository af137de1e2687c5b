using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Features.Households;
using Relief.Core.Features.Pairing;
using Relief.Core.Features.ServiceEvents;
using Relief.Core.Features.Visits;
using Relief.Web.Pages.Shared;
using Relief.Web.Pages.Visits;

namespace Relief.Web.Pages.ServiceEvents;

/// <summary>How the service-event and pairing pages write households, an event's results, goods and help records.</summary>
public static class OutreachDisplay
{
    private static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    /// <summary>Enough to tell two people of the same name apart: 王建国 · 1234 · 丽水供电分工会 · 丽水.</summary>
    public static string HouseholdLabel(HouseholdPick h, IStringLocalizer<CoreMessages> messages) =>
        string.Join(" · ", new[] { h.Name, h.IdNumberMasked.Length >= 4 ? h.IdNumberMasked[^4..] : null, h.UnitName, h.Region,
            h.IsRemote ? messages["Household.Field.IsRemote"].Value : null }.Where(x => !string.IsNullOrWhiteSpace(x)));

    /// <summary>How many people an event reached: its participants, or a job fair's attendees, or a training's trainees.</summary>
    public static int? Headcount(ServiceEventDetail.Figures f) => f.Participants ?? f.Attendees ?? f.Trainees;

    /// <summary>The results the kind is judged by, in a line: 岗位 1,260 · 意向 386 (each part kept on one line).</summary>
    public static IHtmlContent Outcome(ServiceEventKind kind, ServiceEventDetail.Figures f, IStringLocalizer<OutreachResource> text) =>
        Unbroken(OutcomeParts(kind, f, text), " · ");

    public static IReadOnlyList<string> OutcomeParts(ServiceEventKind kind, ServiceEventDetail.Figures f, IStringLocalizer<OutreachResource> text)
    {
        var parts = new List<string>();
        void Add(string key, int? value)
        {
            if (value is { } v) parts.Add(text[key, Display.Count(v)]);
        }
        switch (kind)
        {
            case ServiceEventKind.JobFair:
                Add("Outcome.Employers", f.Employers);
                Add("Outcome.Positions", f.PositionsOffered);
                Add("Outcome.Intentions", f.HiringIntentions);
                break;
            case ServiceEventKind.Training:
                Add("Outcome.Sessions", f.Sessions);
                break;
            case ServiceEventKind.LegalAid:
                Add("Outcome.Consultations", f.Consultations);
                Add("Outcome.Cases", f.CasesTaken);
                break;
        }
        return parts;
    }

    public static string Quantity(decimal quantity, string unit) =>
        quantity.ToString("#,##0.###", CultureInfo.CurrentCulture) + (IsChinese ? "" : " ") + unit;

    /// <summary>665斤、2桶 (a quantity never split from its unit).</summary>
    public static IHtmlContent Goods(IEnumerable<PairingTotals.GoodsLine> goods, string separator) =>
        Unbroken(goods.Select(g => Quantity(g.Quantity, g.Unit)).ToList(), separator);

    /// <summary>Parts joined by the separator, each part kept on one line so a narrow cell breaks only between them.</summary>
    private static HtmlContentBuilder Unbroken(IReadOnlyList<string> parts, string separator)
    {
        var html = new HtmlContentBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0) html.Append(separator);
            html.AppendHtml("<span class=\"text-nowrap\">").Append(parts[i]).AppendHtml("</span>");
        }
        return html;
    }

    /// <summary>What one help record gave: ¥1,000.00 · 大米 50斤 · the job found · what the visit was about.</summary>
    public static string HelpContent(PairingDetail.Help help) => help.Kind switch
    {
        HelpKind.Money => Display.Money(help.Amount),
        HelpKind.Goods => $"{help.ItemName} {Quantity(help.Quantity ?? 0, help.Unit ?? "")}",
        _ => help.Description ?? "",
    };

    public static string Helper(string name, string? title) => VisitDisplay.Person(name, title);

    /// <summary>The line under a helper's name in lists: 副局长 · 丽水市商务局.</summary>
    public static string HelperLine(string? title, string? workplace) =>
        string.Join(" · ", new[] { title, workplace }.Where(x => !string.IsNullOrWhiteSpace(x)));
}
