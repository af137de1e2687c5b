using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Households;
using Relief.Core.Reports.Printing;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>The summary's appendix tables as data (<see cref="AppendixTable"/>), with the PDF's titles, columns and figures.</summary>
public static class YearEndAppendix
{
    public static IReadOnlyList<AppendixTable> Tables(YearEndFigures f, YearEndComparison? previous, ReportFormat format, IStringLocalizer<CoreMessages> m)
    {
        string T(string key) => m[key];
        var tables = new List<AppendixTable>
        {
            new(T("Summary.Funds"),
                [T("Summary.Col.Source"), T("Summary.Col.Name"), T("Summary.Col.Raised"), T("Summary.Col.Committed"), T("Summary.Col.Spent"), T("Summary.Col.Balance")],
                [
                    .. f.Funds.Select(x => R(m.Label(x.Kind), x.Donor is null ? x.Name : $"{x.Name}（{x.Donor}）", x.Amount, x.Committed, x.Spent, x.Balance)),
                    R(T("Summary.Total"), "", f.FundsRaised, f.FundsCommitted, f.FundsSpent, f.FundsFree),
                ]),
            new(T("Summary.ByCategory"),
                [T("Summary.Col.Category"), T("Summary.Col.Households"), T("Summary.Col.Cash"), T("Summary.Col.InKind"), T("Summary.Col.Total")],
                [
                    .. f.Categories.OrderBy(c => c.Category).Select(x => R(m.Label(x.Category), x.Households, x.Cash, x.InKind, x.Cash + x.InKind)),
                    R(T("Summary.TotalHouseholds"), f.HouseholdsHelped, f.CashTotal, f.InKindTotal, f.CashTotal + f.InKindTotal),
                ]),
            new(T("Summary.ByKind"),
                [T("Summary.Col.Kind"), T("Summary.Col.Grants"), T("Summary.Col.Amount")],
                [
                    .. f.Kinds.OrderBy(k => k.Kind).Select(x => R(m.Label(x.Kind), x.Grants, x.Amount)),
                    R(T("Summary.Total"), f.Kinds.Sum(k => k.Grants), f.Kinds.Sum(k => k.Amount)),
                ]),
            new(T("Summary.Visits"),
                [T("Summary.Col.VisitKind"), T("Summary.Col.Visits"), T("Summary.Col.Households")],
                [
                    .. f.VisitKinds.OrderBy(v => v.Kind).Select(x => R(m.Label(x.Kind), x.Visits, x.Households)),
                    R(m["Summary.VisitsTotal", format.Count(f.LeadersTakingPart)].Value, f.VisitKinds.Sum(v => v.Visits), f.HouseholdsVisited),
                ]),
            new(T("Summary.ByRegion"),
                [T("Summary.Col.Region"), T("Summary.Col.Households")],
                [.. f.Regions.OrderByDescending(r => r.Households).Select(x => R(x.Region, x.Households))]),
            new(T("Summary.Decisions"),
                [T("Summary.Col.Item"), T("Summary.Col.Figure")],
                [
                    R(T("Summary.Row.Meetings"), f.CommitteeMeetings), R(T("Summary.Row.Applications"), f.Applications),
                    R(T("Summary.Row.Approved"), f.ApprovedPeople), R(T("Summary.Row.ApprovedGrants"), f.ApprovedGrants),
                    R(T("Summary.Row.ApprovedAmount"), f.ApprovedAmount), R(T("Summary.Row.Rejected"), f.Rejected),
                    R(T("Summary.Row.Notices"), f.Notices), R(T("Summary.Row.Objections"), f.Objections),
                    R(T("Summary.Row.ObjectionsUpheld"), f.ObjectionsUpheld), R(T("Summary.Row.ObjectionsDismissed"), f.ObjectionsDismissed),
                    R(T("Summary.Row.ObjectionsOpen"), f.ObjectionsOpen), R(T("Summary.Row.Surveyed"), f.HouseholdsSurveyed),
                    R(T("Summary.Row.FilesAdded"), f.FilesAdded), R(T("Summary.Row.FilesAdjusted"), f.FilesAdjusted),
                    R(T("Summary.Row.OutOfHardship"), f.OutOfHardship),
                ]),
            new(T("Summary.Concerns"),
                [T("Summary.Col.ConcernCategory"), T("Summary.Col.Raised2"), T("Summary.Col.Resolved")],
                [
                    .. f.Concerns.OrderBy(c => c.Category).Select(x => R(m.Label(x.Category), x.Raised, x.Resolved)),
                    R(T("Summary.Total"), f.ConcernsRaised, f.ConcernsResolved),
                ]),
        };
        var p = previous;
        tables.Add(new(p is null ? T("Summary.NoPrevious") : m["Summary.Comparison", p.CampaignName].Value,
            [T("Summary.Col.Item"), T("Summary.Col.This"), T("Summary.Col.Previous"), T("Summary.Col.Change")],
            [
                Money(T("Summary.Row.FundsRaised"), f.FundsRaised, p?.FundsRaised),
                Money(T("Summary.Row.FundsSpent"), f.FundsSpent, p?.FundsSpent),
                Count(T("Summary.Row.HouseholdsHelped"), f.HouseholdsHelped, p?.HouseholdsHelped),
                Money(T("Summary.Row.CashTotal"), f.CashTotal, p?.CashTotal),
                Money(T("Summary.Row.InKindTotal"), f.InKindTotal, p?.InKindTotal),
                Count(T("Summary.Row.Approved"), f.ApprovedPeople, p?.ApprovedPeople),
                Count(T("Summary.Row.HouseholdsVisited"), f.HouseholdsVisited, p?.HouseholdsVisited),
                Count(T("Summary.Row.Leaders"), f.LeadersTakingPart, p?.LeadersTakingPart),
                Count(T("Summary.Row.ConcernsRaised"), f.ConcernsRaised, p?.ConcernsRaised),
                Count(T("Summary.Row.ConcernsResolved"), f.ConcernsResolved, p?.ConcernsResolved),
            ]));
        return tables;
    }

    private static object?[] R(params object?[] cells) => cells;

    private static object?[] Money(string label, decimal now, decimal? before) =>
        R(label, now, before, before is { } b ? new AppendixTable.Change(now - b, IsMoney: true) : null);

    private static object?[] Count(string label, int now, int? before) =>
        R(label, now, before, before is { } b ? new AppendixTable.Change(now - b, IsMoney: false) : null);
}
