using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Notices;
using Relief.Core.Features.Visits;
using Relief.Core.Reports.YearEndSummary;

namespace Relief.Core.Tests.Reports;

/// <summary>
/// Every figure of the year-end summary for a reader's scope (the whole database by default), written the obvious way:
/// rows loaded and counted in memory, scope by unit path, nothing shared with <see cref="YearEndQuery"/> or the
/// dashboard's figures service.
/// </summary>
internal static class DirectFigures
{
    public static async Task<YearEndFigures> ComputeAsync(ReliefDbContext db, int campaignId, string scopePath = "/")
    {
        var paths = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path);
        bool InScope(int unitId) => paths[unitId].StartsWith(scopePath, StringComparison.Ordinal);
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.OrgUnit).SingleAsync(c => c.Id == campaignId);
        var (start, end) = (campaign.StartsOn, campaign.EndsOn);
        var grants = (await db.Grants.AsNoTracking().Include(g => g.Household).Where(g => g.CampaignId == campaignId).ToListAsync())
            .Where(g => InScope(g.OrgUnitId)).ToList();
        var paid = grants.Where(g => g.Status == GrantStatus.Disbursed).ToList();
        var approved = grants.Where(g => g.Status is GrantStatus.Approved or GrantStatus.OnNotice or GrantStatus.Payable or GrantStatus.Disbursed).ToList();
        var visits = (await db.Visits.AsNoTracking().Include(v => v.Households).ThenInclude(h => h.Household).Include(v => v.Visitors)
            .Where(v => v.CampaignId == campaignId).ToListAsync()).Where(v => InScope(v.OrgUnitId)).ToList();
        var visited = visits.SelectMany(v => v.Households).ToList();
        var households = (await db.Households.AsNoTracking().ToListAsync()).Where(h => InScope(h.OrgUnitId)).ToList();
        var householdIds = households.Select(h => h.Id).ToHashSet();
        var surveys = (await db.Surveys.AsNoTracking().ToListAsync()).Where(s => InScope(s.OrgUnitId)).ToList();
        var notices = (await db.PublicNotices.AsNoTracking().Where(n => n.CampaignId == campaignId).ToListAsync()).Where(n => InScope(n.OrgUnitId)).ToList();
        var noticeIds = notices.Select(n => n.Id).ToHashSet();
        var objections = (await db.Objections.AsNoTracking().ToListAsync()).Where(o => noticeIds.Contains(o.PublicNoticeId)).ToList();
        var concerns = (await db.Concerns.AsNoTracking().ToListAsync())
            .Where(c => InScope(c.OrgUnitId) && (c.CampaignId == campaignId || (c.CampaignId is null && c.RaisedOn >= start && c.RaisedOn <= end))).ToList();
        var funds = await db.FundSources.AsNoTracking().Where(f => f.CampaignId == campaignId).ToListAsync();
        var changes = (await db.HouseholdStatusChanges.AsNoTracking().ToListAsync()).Where(c => householdIds.Contains(c.HouseholdId)).ToList();
        var meetings = (await db.CommitteeMeetings.AsNoTracking().Where(m => m.CampaignId == campaignId).ToListAsync()).Count(m => InScope(m.OrgUnitId));
        var startUtc = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var endUtc = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var leaderVisitedExtreme = visits.Where(v => v.Kind == VisitKind.Home && v.Visitors.Any(x => x.IsLeader))
            .SelectMany(v => v.Households).Where(h => h.Household!.Level == HardshipLevel.Extreme).Select(h => h.HouseholdId).ToHashSet();
        var leaderVisitedExtremePaid = paid.Where(g => leaderVisitedExtreme.Contains(g.HouseholdId)).ToList();
        var posted = notices.Where(n => n.Status != NoticeStatus.Draft).ToList();
        var postedIds = posted.Select(n => n.Id).ToHashSet();
        var noticedGrantIds = (await db.NoticeItems.AsNoTracking().Select(i => new { i.PublicNoticeId, i.GrantId }).ToListAsync())
            .Where(i => postedIds.Contains(i.PublicNoticeId)).Select(i => i.GrantId).ToHashSet();
        var idHashes = await db.Households.AsNoTracking().ToDictionaryAsync(h => h.Id, h => h.IdNumberHash);
        var noticedPeople = (await db.Grants.AsNoTracking().Where(g => g.CampaignId == campaignId).ToListAsync())
            .Where(g => noticedGrantIds.Contains(g.Id)).Select(g => idHashes[g.HouseholdId]).Distinct().Count();
        int Persons(IEnumerable<Grant> some) => some.Select(g => g.Household!.IdNumberHash).Distinct().Count();
        var paidHardship = paid.Where(g => g.Kind == GrantKind.HardshipSubsidy).ToList();
        var paidCondolence = paid.Where(g => g.Kind == GrantKind.HolidayCondolence).ToList();
        var grantsById = (await db.Grants.AsNoTracking().Where(g => g.CampaignId == campaignId).ToListAsync()).ToDictionary(g => g.Id);
        var postedItems = (await db.NoticeItems.AsNoTracking().ToListAsync()).Where(i => postedIds.Contains(i.PublicNoticeId)).ToList();
        var batches = postedItems.Where(i => grantsById[i.GrantId].Status is GrantStatus.Approved or GrantStatus.OnNotice or GrantStatus.Payable or GrantStatus.Disbursed)
            .GroupBy(i => posted.Single(n => n.Id == i.PublicNoticeId).PostedOn).OrderBy(g => g.Key)
            .Select(g =>
            {
                var perPerson = g.GroupBy(i => idHashes[grantsById[i.GrantId].HouseholdId]).Select(p => p.Sum(i => i.Amount)).ToList();
                return new YearEndFigures.NoticeBatchLine(g.Key, perPerson.Count, perPerson.Min(), perPerson.Max(), perPerson.Sum());
            }).ToList();
        var receipts = (await db.GoodsReceipts.AsNoTracking().Where(r => r.CampaignId == campaignId).ToListAsync()).Where(r => InScope(r.OrgUnitId)).ToList();
        var moneyGifts = funds.Where(f => f.Kind == FundSourceKind.Donation).ToLookup(f => (string.IsNullOrWhiteSpace(f.Donor) ? f.Name : f.Donor).Trim());
        var goodsGifts = receipts.ToLookup(r => r.Donor.Trim());
        var donors = moneyGifts.Select(g => g.Key).Concat(goodsGifts.Select(g => g.Key)).Distinct()
            .Select(d => new YearEndFigures.DonorLine(d, moneyGifts[d].Sum(f => f.Amount), goodsGifts[d].Sum(r => r.Value)))
            .OrderByDescending(d => d.Money + d.GoodsValue).ThenBy(d => d.Donor, StringComparer.Ordinal).ToList();
        var bankPaid = (await db.Disbursements.AsNoTracking().Where(d => d.Method == DisbursementMethod.BankTransfer).Select(d => d.GrantId).ToListAsync()).ToHashSet();
        var cashAndGoods = paid.Where(g => g.CashAmount > 0 && g.InKindValue > 0).ToList();
        var cashPerHousehold = cashAndGoods.GroupBy(g => g.HouseholdId).Select(g => g.Sum(x => x.CashAmount)).ToList();
        var cashAndGoodsIds = cashAndGoods.Select(g => g.Id).ToHashSet();
        var cashAndGoodsItems = (await db.GrantItems.AsNoTracking().ToListAsync()).Where(i => cashAndGoodsIds.Contains(i.GrantId))
            .GroupBy(i => i.Name).OrderByDescending(g => g.Select(i => i.GrantId).Distinct().Count()).ThenBy(g => g.Min(i => i.Id)).Select(g => g.Key).ToList();

        return new YearEndFigures
        {
            Campaign = new YearEndFigures.CampaignHeading(campaign.Id, campaign.Name, campaign.Year, campaign.Season, campaign.Theme,
                campaign.DirectiveReference, start, end, campaign.OrgUnit!.Name)
            {
                DirectiveTitle = campaign.DirectiveTitle, ReportAuthor = campaign.ReportAuthor, ReportDate = campaign.ReportDate,
            },
            CommitteeMeetings = meetings,
            Funds = [.. funds.OrderBy(f => f.Kind).ThenBy(f => f.Id).Select(f => new FundSourceLine(f.Id, f.Kind, f.Name, f.Donor, f.ReceivedOn, f.Note,
                f.Amount, f.Committed, f.Spent, f.Amount - f.Committed - f.Spent, f.Version))],
            Categories = [.. paid.GroupBy(g => g.Category).OrderBy(g => g.Key)
                .Select(g => new PaidCategoryLine(g.Key, g.Select(x => x.HouseholdId).Distinct().Count(), g.Sum(x => x.CashAmount), g.Sum(x => x.InKindValue)))],
            Kinds = [.. paid.GroupBy(g => g.Kind).OrderBy(g => g.Key).Select(g => new YearEndFigures.KindLine(g.Key, g.Count(), g.Sum(x => x.TotalAmount)))],
            HouseholdsHelped = paid.Select(g => g.HouseholdId).Distinct().Count(),
            CashTotal = paid.Sum(g => g.CashAmount),
            InKindTotal = paid.Sum(g => g.InKindValue),
            BankPaidGrants = paid.Count(g => bankPaid.Contains(g.Id)),
            BankPaidAmount = paid.Where(g => bankPaid.Contains(g.Id)).Sum(g => g.TotalAmount),
            HardshipEmployees = Persons(paidHardship.Where(g => g.Category is HouseholdCategory.HardshipEmployee or HouseholdCategory.ExtremeHardshipEmployee)),
            HardshipSubsidyPersons = Persons(paidHardship),
            HardshipSubsidyCategories = [.. paidHardship.Select(g => g.Category).Distinct().Order()],
            HardshipAmount = paid.Where(g => g.Kind == GrantKind.HardshipSubsidy).Sum(g => g.TotalAmount),
            ExtremeHardshipEmployees = paid.Where(g => g.Category == HouseholdCategory.ExtremeHardshipEmployee).Select(g => g.HouseholdId).Distinct().Count(),
            CondolenceRecipients = Persons(paidCondolence),
            CondolenceCategories = [.. paidCondolence.Select(g => g.Category).Distinct().Order()],
            CondolenceAmount = paid.Where(g => g.Kind == GrantKind.HolidayCondolence).Sum(g => g.TotalAmount),
            ExtremeHouseholdsOnFile = households.Count(h => h.Level == HardshipLevel.Extreme && h.Status is HouseholdStatus.Active or HouseholdStatus.Returned),
            ExtremeHouseholdsVisited = visits.Where(v => v.Kind == VisitKind.Home && v.Visitors.Any(x => x.IsLeader))
                .SelectMany(v => v.Households).Where(h => h.Household!.Level == HardshipLevel.Extreme).Select(h => h.HouseholdId).Distinct().Count(),
            ExtremeVisitedPaidHouseholds = leaderVisitedExtremePaid.Select(g => g.HouseholdId).Distinct().Count(),
            ExtremeVisitedPaidAmount = leaderVisitedExtremePaid.Sum(g => g.TotalAmount),
            HouseholdsSurveyed = surveys.Where(s => s.CampaignId == campaignId || (s.SurveyedOn >= start && s.SurveyedOn <= end)).Select(s => s.HouseholdId).Distinct().Count(),
            FilesAdded = households.Count(h => h.CreatedAt >= startUtc && h.CreatedAt < endUtc),
            FilesAdjusted = surveys.Count(s => s.AppliedAt >= startUtc && s.AppliedAt < endUtc),
            OutOfHardship = changes.Count(c => c.ToStatus == HouseholdStatus.OutOfHardship && c.EffectiveOn >= start && c.EffectiveOn <= end),
            Applications = grants.Count,
            ApprovedPeople = Persons(approved),
            ApprovedGrants = approved.Count,
            NoticedPeople = noticedPeople,
            ApprovedAmount = approved.Sum(g => g.TotalAmount),
            Rejected = grants.Count(g => g.Status == GrantStatus.Rejected),
            Notices = posted.Count,
            FirstNoticeDate = posted.Count == 0 ? null : posted.Min(n => n.PostedOn),
            Objections = objections.Count,
            ObjectionsUpheld = objections.Count(o => o.Outcome == ObjectionOutcome.Upheld),
            ObjectionsDismissed = objections.Count(o => o.Outcome == ObjectionOutcome.Dismissed),
            VisitKinds = [.. visits.GroupBy(v => v.Kind).OrderBy(g => g.Key)
                .Select(g => new YearEndFigures.VisitKindLine(g.Key, g.Count(), g.SelectMany(v => v.Households).Select(h => h.HouseholdId).Distinct().Count()))],
            Regions = [.. visited.Where(h => h.Household!.Region is not null).GroupBy(h => h.Household!.Region!).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new YearEndFigures.RegionLine(g.Key, g.Select(x => x.HouseholdId).Distinct().Count()))],
            HouseholdsVisited = visited.Select(h => h.HouseholdId).Distinct().Count(),
            LeadersTakingPart = visits.SelectMany(v => v.Visitors).Where(x => x.IsLeader).Select(x => x.Name).Distinct().Count(),
            VisitorsTakingPart = visits.SelectMany(v => v.Visitors).Select(x => x.Name).Distinct().Count(),
            ConcernsRaised = concerns.Count,
            ConcernsResolved = concerns.Count(c => c.Status == ConcernStatus.Resolved),
            Concerns = [.. concerns.GroupBy(c => c.Category).OrderBy(g => g.Key)
                .Select(g => new YearEndFigures.ConcernLine(g.Key, g.Count(), g.Count(c => c.Status == ConcernStatus.Resolved)))],
            NoticeBatches = batches,
            Donors = donors,
            SymposiumAttendances = visits.Where(v => v.Kind == VisitKind.Symposium).Sum(v => v.Visitors.Count + v.Households.Count),
            CashAndGoodsHouseholds = cashPerHousehold.Count,
            CashAndGoodsLowest = cashPerHousehold.Count == 0 ? 0m : cashPerHousehold.Min(),
            CashAndGoodsHighest = cashPerHousehold.Count == 0 ? 0m : cashPerHousehold.Max(),
            CashAndGoodsItems = cashAndGoodsItems,
        };
    }

    /// <summary>The same figures with every list in one order, so two of them compare line by line.</summary>
    public static YearEndFigures Ordered(YearEndFigures figures) => figures with
    {
        Funds = [.. figures.Funds.OrderBy(f => f.Kind).ThenBy(f => f.Id)],
        Categories = [.. figures.Categories.OrderBy(c => c.Category)],
        Kinds = [.. figures.Kinds.OrderBy(k => k.Kind)],
        VisitKinds = [.. figures.VisitKinds.OrderBy(v => v.Kind)],
        Regions = [.. figures.Regions.OrderBy(r => r.Region, StringComparer.Ordinal)],
        Concerns = [.. figures.Concerns.OrderBy(c => c.Category)],
    };
}
