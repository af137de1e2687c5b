using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Notices;
using Relief.Core.Features.Visits;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// The figures the seed's second report names one by one (docs/year-end-figures.md): the notice batches (第一批…人，每人…元),
/// the donors with their gifts, the attendances at symposiums, and what each household got in cash and goods. Aggregated
/// in SQL, within the reader's scope like the rest of <see cref="YearEndQuery"/>.
/// </summary>
internal static class SeasonDetailFigures
{
    /// <summary>Posted notices by posting day; a grant rejected or withdrawn after posting no longer counts.</summary>
    public static async Task<IReadOnlyList<YearEndFigures.NoticeBatchLine>> NoticeBatchesAsync(ReliefDbContext db, int campaignId, CancellationToken ct)
    {
        var approved = GrantStatuses.Approved;
        var lines = await db.PublicNotices.AsNoTracking()
            .Where(n => n.CampaignId == campaignId && n.Status != NoticeStatus.Draft)
            .SelectMany(n => n.Items, (n, i) => new { n.PostedOn, Person = i.Grant!.Household!.IdNumberHash, i.Amount, i.Grant.Status })
            .Where(x => approved.Contains(x.Status))
            .GroupBy(x => new { x.PostedOn, x.Person })
            .Select(g => new { g.Key.PostedOn, Amount = g.Sum(x => x.Amount) })
            .GroupBy(x => x.PostedOn)
            .Select(g => new YearEndFigures.NoticeBatchLine(g.Key, g.Count(), g.Min(x => x.Amount), g.Max(x => x.Amount), g.Sum(x => x.Amount)))
            .ToListAsync(ct);
        return [.. lines.OrderBy(l => l.PostedOn)];
    }

    /// <summary>Money donations are the campaign's (its funds are seen whole); donated goods are the receiving units' in scope.</summary>
    public static async Task<IReadOnlyList<YearEndFigures.DonorLine>> DonorsAsync(
        ReliefDbContext db, int campaignId, IReadOnlyList<FundSourceLine> funds, CancellationToken ct)
    {
        var goods = await db.GoodsReceipts.AsNoTracking().Where(r => r.CampaignId == campaignId)
            .GroupBy(r => r.Donor).Select(g => new { Donor = g.Key, Value = g.Sum(r => r.Value) }).ToListAsync(ct);
        var money = funds.Where(f => f.Kind == FundSourceKind.Donation)
            .GroupBy(f => DonorOf(f)).Select(g => new { Donor = g.Key, Amount = g.Sum(f => f.Amount) }).ToList();
        return [.. money.Select(m => m.Donor).Union(goods.Select(g => g.Donor.Trim()), StringComparer.Ordinal)
            .Select(donor => new YearEndFigures.DonorLine(donor,
                money.Where(m => m.Donor == donor).Sum(m => m.Amount),
                goods.Where(g => g.Donor.Trim() == donor).Sum(g => g.Value)))
            .OrderByDescending(d => d.Money + d.GoodsValue).ThenBy(d => d.Donor, StringComparer.Ordinal)];
    }

    /// <summary>A donation is named by its donor, or by the fund source's own name when the donor was not entered.</summary>
    public static string DonorOf(FundSourceLine fund) => (string.IsNullOrWhiteSpace(fund.Donor) ? fund.Name : fund.Donor).Trim();

    /// <summary>Each visitor and each household on each symposium visit is one attendance (人次).</summary>
    public static async Task<int> SymposiumAttendancesAsync(IQueryable<Visit> visits, CancellationToken ct) =>
        await visits.Where(v => v.Kind == VisitKind.Symposium).SumAsync(v => v.Visitors.Count + v.Households.Count, ct);

    /// <summary>Paid grants carrying cash and goods, per household: how many, the least and most cash, and the goods' names (most often given first, then as first entered).</summary>
    public static async Task<(int Households, decimal Lowest, decimal Highest, IReadOnlyList<string> Items)> CashAndGoodsAsync(
        IQueryable<Grant> paid, CancellationToken ct)
    {
        var both = paid.Where(g => g.CashAmount > 0 && g.InKindValue > 0);
        var perHousehold = both.GroupBy(g => g.HouseholdId).Select(g => g.Sum(x => x.CashAmount));
        var households = await perHousehold.CountAsync(ct);
        if (households == 0) return (0, 0m, 0m, []);
        var lowest = await perHousehold.MinAsync(ct);
        var highest = await perHousehold.MaxAsync(ct);
        var items = await both.SelectMany(g => g.Items).GroupBy(i => i.Name)
            .Select(g => new { Name = g.Key, Grants = g.Select(i => i.GrantId).Distinct().Count(), First = g.Min(i => i.Id) }).ToListAsync(ct);
        return (households, lowest, highest, [.. items.OrderByDescending(i => i.Grants).ThenBy(i => i.First).Select(i => i.Name)]);
    }
}
