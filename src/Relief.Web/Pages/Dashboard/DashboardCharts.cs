using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Dashboard;

/// <summary>The dashboard's charts, built from <see cref="DashboardFigures"/> only: the page adds no figure of its own.</summary>
public sealed class DashboardCharts(DashboardFigures figures, IStringLocalizer<DashboardResource> text, IStringLocalizer<CoreMessages> messages)
{
    public BarChart Progress()
    {
        var bars = figures.Progress.Select(p => Bar.Plain(StepLabel(p), p.Percent, text["Chart.ProgressValue", Display.Count(p.Households), Display.Count(p.OutOf), Percent(p.Percent)])).ToList();
        return Chart("chart-progress", text["Progress.Heading"], 100m, bars);
    }

    public BarChart ByStatus()
    {
        var bars = figures.ByStatus.Select(s => Bar.Plain(messages.Label(s.Status), s.Grants, text["Chart.GrantsValue", Display.Count(s.Grants), Display.Money(s.Amount)])).ToList();
        return Chart("chart-status", text["Status.Heading"], MaxOf(bars), bars);
    }

    public BarChart ByCategory() => AmountChart("chart-category", text["Category.Heading"],
        figures.ByCategory.Select(l => (messages.Label(l.Key), l.Amount, l.Households)));

    public BarChart ByKind() => AmountChart("chart-kind", text["Kind.Heading"],
        figures.ByKind.Select(l => (messages.Label(l.Key), l.Amount, l.Households)));

    public BarChart ByUnit() => AmountChart("chart-unit", text["Unit.Heading"],
        figures.ByUnit.Select(u => (u.UnitName, u.Amount, u.Households)));

    /// <summary>Each source as one bar of its raised amount: spent, then committed, then the balance left as the bar's track.</summary>
    public BarChart Funds()
    {
        var bars = figures.Funds.Select(f => new Bar(
            f.Name,
            [new BarSegment(f.Spent, "bar-spent"), new BarSegment(f.Committed, "bar-committed")],
            null,
            [text["Chart.FundUsed", Display.Money(f.Spent), Display.Money(f.Committed)], text["Chart.FundLeft", Display.Money(f.Balance), Display.Money(f.Amount)]])).ToList();
        var max = figures.Funds.Count == 0 ? 0m : figures.Funds.Max(f => f.Amount);
        return Chart("chart-funds", text["Funds.Heading"], max, bars,
            [new LegendEntry(text["Legend.Spent"], "bar-spent"), new LegendEntry(text["Legend.Committed"], "bar-committed"), new LegendEntry(text["Legend.Balance"], "bar-track")]);
    }

    public string StepLabel(ProgressStep step) => text[$"Step.{step.Step}"];

    public string StepBase(ProgressStep step) => text[$"Step.{step.Step}.Base"];

    /// <summary>Planning like an application, active like an approval, closed like a withdrawn grant: the workflow colours of UI.md.</summary>
    public static string CampaignBadge(CampaignStatus status) => "badge badge-state " + status switch
    {
        CampaignStatus.Active => "state-approved",
        CampaignStatus.Planning => "state-applied",
        _ => "state-withdrawn",
    };

    public static string Percent(decimal percent) => percent.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture) + "%";

    private BarChart AmountChart(string id, string title, IEnumerable<(string Label, decimal Amount, int Households)> lines)
    {
        var bars = lines.Select(l => Bar.Plain(l.Label, l.Amount, text["Chart.AmountValue", Display.Money(l.Amount), Display.Count(l.Households)])).ToList();
        return Chart(id, title, MaxOf(bars), bars);
    }

    private BarChart Chart(string id, string title, decimal max, List<Bar> bars, IReadOnlyList<LegendEntry>? legend = null)
    {
        var description = bars.Count == 0
            ? text["Chart.NoData"].Value
            : string.Join(text["Chart.Separator"], bars.Select(b => text["Chart.Line", b.Label, b.ValueText ?? string.Join(text["Chart.Comma"], b.Caption)].Value));
        return new BarChart(id, title, description, max, bars, legend ?? []);
    }

    private static decimal MaxOf(List<Bar> bars) => bars.Count == 0 ? 0m : bars.Max(b => b.Total);
}
