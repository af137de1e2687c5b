using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Notices;
using Relief.Core.Features.Visits;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// Computes <see cref="YearEndFigures"/> for a campaign over the records in the reader's scope: from the campaign's
/// tallies where they hold the figure (ADR 0005), otherwise as aggregates in SQL. "Reached" and "paid" mean disbursed
/// grants; 人 are distinct persons (the head's ID number), 户 distinct household files, 笔 grants (docs/year-end-figures.md).
/// The figures the dashboard states too (funds, grants by status, kind and category) come from
/// <see cref="CampaignFigures"/>, so the report and the dashboard cannot disagree.
/// </summary>
public sealed class YearEndQuery(ReliefDbContext db, ICurrentUser user, CampaignAccess access, CampaignFigures shared)
{
    public async Task<YearEndFigures> GetAsync(int campaignId, CancellationToken ct = default)
    {
        var campaign = await access.FindAsync(campaignId, ct);
        var heading = await HeadingAsync(campaign, ct);
        // The notice lines and the visits are read beside the grant figures below, each on a connection of its own:
        // at province scale each of the three takes about a second (docs/performance.md).
        var noticeRead = db.ReadBesideAsync((beside, token) => SeasonDetailFigures.NoticesAsync(beside, campaignId, token), ct);
        var visitRead = db.ReadBesideAsync((beside, token) => VisitFigures.QueryAsync(beside, campaignId, token), ct);

        var paid = shared.Grants(campaign).Where(g => g.Status == GrantStatus.Disbursed);
        var byStatus = await shared.ByStatusAsync(campaign, ct);
        var categories = await shared.PaidByCategoryAsync(campaign, ct);
        // Paid grants by kind from the tallies. One grant per household, campaign and kind (a unique index): a kind's
        // paid grants are the households it reached.
        var kinds = await PaidByKindAsync(campaign, ct);
        var hardship = kinds.FirstOrDefault(k => k.Kind == GrantKind.HardshipSubsidy) ?? new(GrantKind.HardshipSubsidy, 0, 0m);
        var condolence = kinds.FirstOrDefault(k => k.Kind == GrantKind.HolidayCondolence) ?? new(GrantKind.HolidayCondolence, 0, 0m);
        var householdsPaid = await HouseholdsPaidAsync(campaign, ct);
        var approved = byStatus.Where(s => GrantStatuses.Approved.Contains(s.Status)).ToList();
        var paidHardship = paid.Where(g => g.Kind == GrantKind.HardshipSubsidy);
        var paidCondolence = paid.Where(g => g.Kind == GrantKind.HolidayCondolence);
        var visits = VisitFigures.Of(db, campaignId);
        var leaderVisitedExtreme = visits.Where(v => v.Kind == VisitKind.Home && v.Visitors.Any(x => x.IsLeader))
            .SelectMany(v => v.Households).Where(vh => vh.Household!.Level == HardshipLevel.Extreme)
            .Select(vh => vh.HouseholdId).Distinct();
        var leaderVisitedExtremePaid = paid.Where(g => leaderVisitedExtreme.Contains(g.HouseholdId));
        var households = db.Households.AsNoTracking();
        var start = heading.StartsOn;
        var end = heading.EndsOn;
        var startUtc = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var endUtc = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var notices = db.PublicNotices.AsNoTracking().Where(n => n.CampaignId == campaignId);
        var objections = db.Objections.AsNoTracking().Where(o => notices.Any(n => n.Id == o.PublicNoticeId));
        var concerns = Concerns(heading);
        var funds = await shared.FundsAsync(campaign, ct);
        var cashAndGoods = await SeasonDetailFigures.CashAndGoodsAsync(paid, ct);
        var extremeOnFile = households.Where(h => h.Level == HardshipLevel.Extreme && (h.Status == HouseholdStatus.Active || h.Status == HouseholdStatus.Returned));

        var figures = new YearEndFigures
        {
            Campaign = heading,
            CommitteeMeetings = await db.CommitteeMeetings.CountAsync(m => m.CampaignId == campaignId, ct),
            Funds = funds,
            Categories = categories,
            Kinds = kinds,
            HouseholdsHelped = householdsPaid,
            BankPaidGrants = await BankPaid(paid).CountAsync(ct),
            BankPaidAmount = await BankPaid(paid).SumAsync(g => g.TotalAmount, ct),
            // Every paid grant has exactly one category, so the category lines add up to the totals.
            CashTotal = categories.Sum(c => c.Cash),
            InKindTotal = categories.Sum(c => c.InKind),
            HardshipEmployees = await PersonsAsync(paidHardship.Where(g => g.Category == HouseholdCategory.HardshipEmployee || g.Category == HouseholdCategory.ExtremeHardshipEmployee), ct),
            HardshipSubsidyPersons = await PersonsAsync(paidHardship, ct),
            HardshipSubsidyCategories = await CategoriesAsync(paidHardship, ct),
            HardshipAmount = hardship.Amount,
            ExtremeHardshipEmployees = categories.FirstOrDefault(c => c.Category == HouseholdCategory.ExtremeHardshipEmployee)?.Households ?? 0,
            CondolenceRecipients = await PersonsAsync(paidCondolence, ct),
            CondolenceCategories = await CategoriesAsync(paidCondolence, ct),
            CondolenceAmount = condolence.Amount,
            ExtremeHouseholdsOnFile = await extremeOnFile.CountAsync(ct),
            // Home visits with a leader first (a few in ten), then their extreme-hardship households.
            ExtremeHouseholdsVisited = await leaderVisitedExtreme.CountAsync(ct),
            ExtremeVisitedPaidHouseholds = await leaderVisitedExtremePaid.Select(g => g.HouseholdId).Distinct().CountAsync(ct),
            ExtremeVisitedPaidAmount = await leaderVisitedExtremePaid.SumAsync(g => g.TotalAmount, ct),
            HouseholdsSurveyed = await db.Surveys.AsNoTracking()
                .Where(s => s.CampaignId == campaignId || (s.SurveyedOn >= start && s.SurveyedOn <= end))
                .Select(s => s.HouseholdId).Distinct().CountAsync(ct),
            FilesAdded = await households.CountAsync(h => h.CreatedAt >= startUtc && h.CreatedAt < endUtc, ct),
            FilesAdjusted = await db.Surveys.AsNoTracking().CountAsync(s => s.AppliedAt >= startUtc && s.AppliedAt < endUtc, ct),
            OutOfHardship = await db.HouseholdStatusChanges.AsNoTracking()
                .Where(c => c.ToStatus == HouseholdStatus.OutOfHardship && c.EffectiveOn >= start && c.EffectiveOn <= end && households.Any(h => h.Id == c.HouseholdId))
                .CountAsync(ct),
            Applications = byStatus.Sum(s => s.Grants),
            ApprovedPeople = await ApprovedPeopleAsync(campaign, ct),
            ApprovedGrants = approved.Sum(s => s.Grants),
            ApprovedAmount = approved.Sum(s => s.Amount),
            Rejected = byStatus.Where(s => s.Status == GrantStatus.Rejected).Sum(s => s.Grants),
            Notices = await notices.CountAsync(n => n.Status != NoticeStatus.Draft, ct),
            FirstNoticeDate = await notices.Where(n => n.Status != NoticeStatus.Draft).OrderBy(n => n.PostedOn).Select(n => (DateOnly?)n.PostedOn).FirstOrDefaultAsync(ct),
            Objections = await objections.CountAsync(ct),
            ObjectionsUpheld = await objections.CountAsync(o => o.Outcome == ObjectionOutcome.Upheld, ct),
            ObjectionsDismissed = await objections.CountAsync(o => o.Outcome == ObjectionOutcome.Dismissed, ct),
            HouseholdsVisited = await HouseholdsVisitedAsync(campaign, ct),
            ConcernsRaised = await concerns.CountAsync(ct),
            ConcernsResolved = await concerns.CountAsync(c => c.Status == ConcernStatus.Resolved, ct),
            Concerns = await concerns.GroupBy(c => c.Category)
                .Select(g => new YearEndFigures.ConcernLine(g.Key, g.Count(), g.Count(c => c.Status == ConcernStatus.Resolved)))
                .ToListAsync(ct),
            Services = await OutreachFigures.ServiceEventsAsync(db, user, heading, ct),
            Pairing = await OutreachFigures.PairingAsync(db, user, heading, ct),
            HotlineGoods = await HotlineGoodsFigures.QueryAsync(db, user, campaignId, ct),
            Donors = await SeasonDetailFigures.DonorsAsync(db, campaignId, funds, ct),
            CashAndGoodsHouseholds = cashAndGoods.Households,
            CashAndGoodsLowest = cashAndGoods.Lowest,
            CashAndGoodsHighest = cashAndGoods.Highest,
            CashAndGoodsItems = cashAndGoods.Items,
        };
        var noticeFigures = await noticeRead;
        var visitFigures = await visitRead;
        return figures with
        {
            NoticedPeople = noticeFigures.People,
            NoticeBatches = noticeFigures.Batches,
            VisitKinds = visitFigures.Kinds,
            Regions = visitFigures.Regions,
            LeadersTakingPart = visitFigures.Leaders,
            VisitorsTakingPart = visitFigures.Visitors,
            SymposiumAttendances = visitFigures.SymposiumAttendances,
        };
    }

    /// <summary>
    /// The previous campaign's figures the summary compares with, each counted as <see cref="GetAsync"/> counts it,
    /// without the rest (a second full set of figures was half of the summary's time at province scale).
    /// </summary>
    public async Task<YearEndComparison> GetComparisonAsync(int campaignId, CancellationToken ct = default)
    {
        var campaign = await access.FindAsync(campaignId, ct);
        var heading = await HeadingAsync(campaign, ct);
        var funds = await shared.FundsAsync(campaign, ct);
        var categories = await shared.PaidByCategoryAsync(campaign, ct);
        var concerns = Concerns(heading);
        var hotlineGoods = await HotlineGoodsFigures.QueryAsync(db, user, campaignId, ct);
        return new YearEndComparison
        {
            CampaignName = heading.Name,
            FundsRaised = funds.Sum(f => f.Amount),
            FundsSpent = funds.Sum(f => f.Spent),
            HouseholdsHelped = await HouseholdsPaidAsync(campaign, ct),
            CashTotal = categories.Sum(c => c.Cash),
            InKindTotal = categories.Sum(c => c.InKind),
            ApprovedPeople = await ApprovedPeopleAsync(campaign, ct),
            HouseholdsVisited = await HouseholdsVisitedAsync(campaign, ct),
            LeadersTakingPart = await VisitFigures.LeadersAsync(VisitFigures.Of(db, campaignId), ct),
            ConcernsRaised = await concerns.CountAsync(ct),
            ConcernsResolved = await concerns.CountAsync(c => c.Status == ConcernStatus.Resolved, ct),
            HotlineCalls = hotlineGoods.Calls,
            GoodsReceivedValue = hotlineGoods.GoodsReceivedValue,
            Services = await OutreachFigures.ServiceEventsAsync(db, user, heading, ct),
            Pairing = await OutreachFigures.PairingAsync(db, user, heading, ct),
        };
    }

    /// <summary>Campaigns whose reports the reader may print: those of their unit's tree and of the units above it, newest first.</summary>
    public async Task<IReadOnlyList<ReportCampaign>> CampaignsAsync(CancellationToken ct = default)
    {
        return await db.Campaigns.AsNoTracking()
            .OrderByDescending(c => c.StartsOn)
            .Select(c => new ReportCampaign(c.Id, c.Name, c.Year, c.Season, c.Status, c.OrgUnit!.Name, c.StartsOn, c.EndsOn))
            .ToListAsync(ct);
    }

    /// <summary>The same season's campaign before this one, in scope, for the comparison columns; null when there is none.</summary>
    public async Task<int?> PreviousCampaignIdAsync(int campaignId, CancellationToken ct = default)
    {
        var current = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Season, c.StartsOn }).FirstOrDefaultAsync(ct);
        if (current is null) return null;
        return await db.Campaigns.AsNoTracking()
            .Where(c => c.Season == current.Season && c.StartsOn < current.StartsOn)
            .OrderByDescending(c => c.StartsOn)
            .Select(c => (int?)c.Id)
            .FirstOrDefaultAsync(ct);
    }

    private async Task<YearEndFigures.CampaignHeading> HeadingAsync(CampaignState campaign, CancellationToken ct) =>
        await db.Campaigns.AsNoTracking().Where(c => c.Id == campaign.Id)
            .Select(c => new YearEndFigures.CampaignHeading(c.Id, c.Name, c.Year, c.Season, c.Theme, c.DirectiveReference, c.StartsOn, c.EndsOn, c.OrgUnit!.Name)
            {
                DirectiveTitle = c.DirectiveTitle, ReportAuthor = c.ReportAuthor, ReportDate = c.ReportDate,
            })
            .FirstAsync(ct);

    /// <summary>Concerns of the campaign, and those without one raised in its window, in scope.</summary>
    private IQueryable<Concern> Concerns(YearEndFigures.CampaignHeading campaign) =>
        db.Concerns.AsNoTracking()
            .Where(c => c.CampaignId == campaign.Id || (c.CampaignId == null && c.RaisedOn >= campaign.StartsOn && c.RaisedOn <= campaign.EndsOn));

    /// <summary>The paid grants whose payment went by bank transfer (银行代发 or a transfer recorded by hand).</summary>
    private IQueryable<Grant> BankPaid(IQueryable<Grant> paid) =>
        paid.Where(g => db.Disbursements.Any(d => d.GrantId == g.Id && d.Method == DisbursementMethod.BankTransfer));

    /// <summary>Households paid (a disbursed grant) in scope: the tallies' households whose furthest step is Disbursed.</summary>
    private async Task<int> HouseholdsPaidAsync(CampaignState campaign, CancellationToken ct) =>
        await shared.Tallies(campaign).Where(t => t.Measure == TallyMeasure.Households && t.Status == GrantStatus.Disbursed).SumAsync(t => t.Households, ct);

    /// <summary>Households visited in the campaign by units in scope, each once: the tallies' Visited.</summary>
    private async Task<int> HouseholdsVisitedAsync(CampaignState campaign, CancellationToken ct) =>
        await shared.Tallies(campaign).Where(t => t.Measure == TallyMeasure.Visited).SumAsync(t => t.Households, ct);

    /// <summary>Paid grants by kind, count and amount, in kind order: the campaign's tallies at the reader's scope.</summary>
    private async Task<IReadOnlyList<YearEndFigures.KindLine>> PaidByKindAsync(CampaignState campaign, CancellationToken ct)
    {
        var paid = await shared.Tallies(campaign).Where(t => t.Measure == TallyMeasure.Grants && t.Status == GrantStatus.Disbursed)
            .Select(t => new { t.Kind, t.Grants, t.Amount }).ToListAsync(ct);
        return paid.GroupBy(t => t.Kind).OrderBy(g => g.Key)
            .Select(g => new YearEndFigures.KindLine(g.Key, g.Sum(x => x.Grants), g.Sum(x => x.Amount))).ToList();
    }

    /// <summary>
    /// Distinct persons among the grants' households: one person may hold grants of several kinds, and of several
    /// units (the cross-level duplicate is one household helped by two units). One file per person (the ID number's
    /// hash is unique, HouseholdConfiguration) makes distinct households distinct persons, counted from the grants'
    /// covering index without reading the files (reading them was 3.2 s of the province summary).
    /// </summary>
    private static async Task<int> PersonsAsync(IQueryable<Grant> grants, CancellationToken ct) =>
        await grants.Select(g => g.HouseholdId).Distinct().CountAsync(ct);

    private async Task<int> ApprovedPeopleAsync(CampaignState campaign, CancellationToken ct)
    {
        var approved = GrantStatuses.Approved;
        return await PersonsAsync(shared.Grants(campaign).Where(g => approved.Contains(g.Status)), ct);
    }

    private static async Task<IReadOnlyList<HouseholdCategory>> CategoriesAsync(IQueryable<Grant> grants, CancellationToken ct) =>
        (await grants.Select(g => g.Category).Distinct().ToListAsync(ct)).Order().ToList();
}
