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
/// Computes <see cref="YearEndFigures"/> for a campaign: every figure is an aggregate in SQL over the records in the
/// reader's scope; no rows are loaded to be counted in memory. "Reached" and "paid" mean disbursed grants.
/// The figures the dashboard states too (funds, grants by status, kind and category) come from
/// <see cref="CampaignFigures"/>, so the report and the dashboard cannot disagree.
/// </summary>
public sealed class YearEndQuery(ReliefDbContext db, ICurrentUser user, CampaignAccess access, CampaignFigures shared)
{
    public async Task<YearEndFigures> GetAsync(int campaignId, CancellationToken ct = default)
    {
        var campaign = await access.FindAsync(campaignId, ct);
        var heading = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaign.Id)
            .Select(c => new YearEndFigures.CampaignHeading(c.Id, c.Name, c.Year, c.Season, c.Theme, c.DirectiveReference, c.StartsOn, c.EndsOn, c.OrgUnit!.Name))
            .FirstAsync(ct);

        var grants = shared.Grants(campaign);
        var paid = grants.Where(g => g.Status == GrantStatus.Disbursed);
        var byStatus = await shared.ByStatusAsync(campaign, ct);
        var byKind = await shared.ByKindAsync(campaign, ct);
        var categories = await shared.PaidByCategoryAsync(campaign, ct);
        var approved = byStatus.Where(s => GrantStatuses.Approved.Contains(s.Status)).ToList();
        var visits = db.Visits.AsNoTracking().InScope(db, user).Where(v => v.CampaignId == campaignId);
        // From the campaign's visits to their households, as CampaignFigures does (the reverse reads every visit ever made).
        var visitHouseholds = visits.SelectMany(v => v.Households);
        var households = db.Households.AsNoTracking().InScope(db, user);
        var start = heading.StartsOn;
        var end = heading.EndsOn;
        var startUtc = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var endUtc = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var notices = db.PublicNotices.AsNoTracking().InScope(db, user).Where(n => n.CampaignId == campaignId);
        var objections = db.Objections.AsNoTracking().Where(o => notices.Any(n => n.Id == o.PublicNoticeId));
        var concerns = db.Concerns.AsNoTracking().InScope(db, user)
            .Where(c => c.CampaignId == campaignId || (c.CampaignId == null && c.RaisedOn >= start && c.RaisedOn <= end));
        var extremeOnFile = households.Where(h => h.Level == HardshipLevel.Extreme && (h.Status == HouseholdStatus.Active || h.Status == HouseholdStatus.Returned));
        var extremePaid = paid.Where(g => g.Household!.Level == HardshipLevel.Extreme);

        return new YearEndFigures
        {
            Campaign = heading,
            CommitteeMeetings = await db.CommitteeMeetings.InScope(db, user).CountAsync(m => m.CampaignId == campaignId, ct),
            Funds = await shared.FundsAsync(campaign, ct),
            Categories = categories,
            Kinds = byKind.Where(k => k.PaidGrants > 0).Select(k => new YearEndFigures.KindLine(k.Key, k.PaidGrants, k.PaidAmount)).ToList(),
            HouseholdsHelped = await paid.Select(g => g.HouseholdId).Distinct().CountAsync(ct),
            // Every paid grant has exactly one category, so the category lines add up to the totals.
            CashTotal = categories.Sum(c => c.Cash),
            InKindTotal = categories.Sum(c => c.InKind),
            HardshipEmployees = await paid.Where(g => g.Kind == GrantKind.HardshipSubsidy).Select(g => g.HouseholdId).Distinct().CountAsync(ct),
            HardshipAmount = await paid.Where(g => g.Kind == GrantKind.HardshipSubsidy).SumAsync(g => g.TotalAmount, ct),
            ExtremeHardshipEmployees = await paid.Where(g => g.Category == HouseholdCategory.ExtremeHardshipEmployee).Select(g => g.HouseholdId).Distinct().CountAsync(ct),
            CondolenceRecipients = await paid.Where(g => g.Kind == GrantKind.HolidayCondolence).Select(g => g.HouseholdId).Distinct().CountAsync(ct),
            CondolenceAmount = await paid.Where(g => g.Kind == GrantKind.HolidayCondolence).SumAsync(g => g.TotalAmount, ct),
            ExtremeHouseholdsOnFile = await extremeOnFile.CountAsync(ct),
            ExtremeHouseholdsVisited = await visitHouseholds
                .Where(vh => vh.Household!.Level == HardshipLevel.Extreme
                    && db.Visits.Any(v => v.Id == vh.VisitId && v.Kind == VisitKind.Home && v.Visitors.Any(x => x.IsLeader)))
                .Select(vh => vh.HouseholdId).Distinct().CountAsync(ct),
            ExtremeHouseholdAverage = await AverageAsync(extremePaid, ct),
            HouseholdsSurveyed = await db.Surveys.AsNoTracking().InScope(db, user)
                .Where(s => s.CampaignId == campaignId || (s.SurveyedOn >= start && s.SurveyedOn <= end))
                .Select(s => s.HouseholdId).Distinct().CountAsync(ct),
            FilesAdded = await households.CountAsync(h => h.CreatedAt >= startUtc && h.CreatedAt < endUtc, ct),
            FilesAdjusted = await db.Surveys.AsNoTracking().InScope(db, user).CountAsync(s => s.AppliedAt >= startUtc && s.AppliedAt < endUtc, ct),
            OutOfHardship = await db.HouseholdStatusChanges.AsNoTracking()
                .Where(c => c.ToStatus == HouseholdStatus.OutOfHardship && c.EffectiveOn >= start && c.EffectiveOn <= end && households.Any(h => h.Id == c.HouseholdId))
                .CountAsync(ct),
            Applications = byStatus.Sum(s => s.Grants),
            ApprovedPeople = approved.Sum(s => s.Grants),
            ApprovedAmount = approved.Sum(s => s.Amount),
            Rejected = byStatus.Where(s => s.Status == GrantStatus.Rejected).Sum(s => s.Grants),
            Notices = await notices.CountAsync(n => n.Status != NoticeStatus.Draft, ct),
            FirstNoticeDate = await notices.Where(n => n.Status != NoticeStatus.Draft).OrderBy(n => n.PostedOn).Select(n => (DateOnly?)n.PostedOn).FirstOrDefaultAsync(ct),
            Objections = await objections.CountAsync(ct),
            ObjectionsUpheld = await objections.CountAsync(o => o.Outcome == ObjectionOutcome.Upheld, ct),
            ObjectionsDismissed = await objections.CountAsync(o => o.Outcome == ObjectionOutcome.Dismissed, ct),
            VisitKinds = await visits.GroupBy(v => v.Kind)
                .Select(g => new YearEndFigures.VisitKindLine(g.Key, g.Count(), g.SelectMany(v => v.Households).Select(h => h.HouseholdId).Distinct().Count()))
                .ToListAsync(ct),
            Regions = await visitHouseholds.Where(vh => vh.Household!.Region != null)
                .GroupBy(vh => vh.Household!.Region!)
                .Select(g => new YearEndFigures.RegionLine(g.Key, g.Select(x => x.HouseholdId).Distinct().Count()))
                .ToListAsync(ct),
            HouseholdsVisited = await visitHouseholds.Select(vh => vh.HouseholdId).Distinct().CountAsync(ct),
            LeadersTakingPart = await db.VisitVisitors.AsNoTracking().Where(x => x.IsLeader && visits.Any(v => v.Id == x.VisitId))
                .Select(x => x.Name).Distinct().CountAsync(ct),
            ConcernsRaised = await concerns.CountAsync(ct),
            ConcernsResolved = await concerns.CountAsync(c => c.Status == ConcernStatus.Resolved, ct),
            Concerns = await concerns.GroupBy(c => c.Category)
                .Select(g => new YearEndFigures.ConcernLine(g.Key, g.Count(), g.Count(c => c.Status == ConcernStatus.Resolved)))
                .ToListAsync(ct),
            Services = await OutreachFigures.ServiceEventsAsync(db, user, heading, ct),
            Pairing = await OutreachFigures.PairingAsync(db, user, heading, ct),
            HotlineGoods = await HotlineGoodsFigures.QueryAsync(db, user, campaignId, ct),
        };
    }

    /// <summary>Campaigns whose reports the reader may print: those of their unit's tree and of the units above it, newest first.</summary>
    public async Task<IReadOnlyList<ReportCampaign>> CampaignsAsync(CancellationToken ct = default)
    {
        return await db.Campaigns.AsNoTracking().VisibleTo(db, user)
            .OrderByDescending(c => c.StartsOn)
            .Select(c => new ReportCampaign(c.Id, c.Name, c.Year, c.Season, c.Status, c.OrgUnit!.Name, c.StartsOn, c.EndsOn))
            .ToListAsync(ct);
    }

    /// <summary>The same season's campaign before this one, in scope, for the comparison columns; null when there is none.</summary>
    public async Task<int?> PreviousCampaignIdAsync(int campaignId, CancellationToken ct = default)
    {
        var current = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Season, c.StartsOn }).FirstOrDefaultAsync(ct);
        if (current is null) return null;
        return await db.Campaigns.AsNoTracking().VisibleTo(db, user)
            .Where(c => c.Season == current.Season && c.StartsOn < current.StartsOn)
            .OrderByDescending(c => c.StartsOn)
            .Select(c => (int?)c.Id)
            .FirstOrDefaultAsync(ct);
    }

    private static async Task<decimal> AverageAsync(IQueryable<Grant> grants, CancellationToken ct)
    {
        var count = await grants.Select(g => g.HouseholdId).Distinct().CountAsync(ct);
        return count == 0 ? 0 : Math.Round(await grants.SumAsync(g => g.TotalAmount, ct) / count, 2);
    }
}
