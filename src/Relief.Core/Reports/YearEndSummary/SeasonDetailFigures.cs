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
    /// <summary>
    /// The people on the campaign's posted notices, and the notices by posting day (a grant rejected or withdrawn after
    /// posting no longer counts in its batch). A person is a household file (one file per person).
    /// The lines are read from the campaign's grants through two covering indexes (grants by campaign, notice lines by
    /// grant) and matched with the posted notices here. Joined to the notices in SQL, the planner went from every
    /// line to its grant's row in the whole grants table: 2.3 s at province scale, twice.
    /// </summary>
    public static async Task<NoticeFigures> NoticesAsync(ReliefDbContext db, int campaignId, CancellationToken ct)
    {
        var posted = await db.PublicNotices.AsNoTracking()
            .Where(n => n.CampaignId == campaignId && n.Status != NoticeStatus.Draft)
            .ToDictionaryAsync(n => n.Id, n => n.PostedOn, ct);
        var lines = (await db.Grants.AsNoTracking().Where(g => g.CampaignId == campaignId)
                .Join(db.NoticeItems.AsNoTracking(), g => g.Id, i => i.GrantId, (g, i) => new { i.PublicNoticeId, g.HouseholdId, g.Status, i.Amount })
                .ToListAsync(ct))
            .Where(l => posted.ContainsKey(l.PublicNoticeId))
            .ToList();
        var approved = GrantStatuses.Approved;
        var batches = lines.Where(l => approved.Contains(l.Status))
            .GroupBy(l => (PostedOn: posted[l.PublicNoticeId], l.HouseholdId), l => l.Amount)
            .Select(person => (person.Key.PostedOn, Amount: person.Sum()))
            .GroupBy(person => person.PostedOn, person => person.Amount)
            .Select(batch => new YearEndFigures.NoticeBatchLine(batch.Key, batch.Count(), batch.Min(), batch.Max(), batch.Sum()))
            .OrderBy(batch => batch.PostedOn)
            .ToList();
        return new NoticeFigures(lines.Select(l => l.HouseholdId).Distinct().Count(), batches);
    }

    public sealed record NoticeFigures(int People, IReadOnlyList<YearEndFigures.NoticeBatchLine> Batches);

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
