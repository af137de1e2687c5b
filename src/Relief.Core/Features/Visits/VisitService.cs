using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Visits;

/// <summary>
/// 走访慰问: recording a contact with one or more households (and paying their payable grants in the same step), the
/// visit lists, the households a campaign has not reached yet, and leaders' participation. Every query goes through
/// the user's scope; a visit outside it is <see cref="NotFoundException"/>.
/// </summary>
public sealed class VisitService(
    ReliefDbContext db,
    ICurrentUser user,
    IdNumberProtector protector,
    IValidator<VisitInput> validator,
    DisbursementService disbursements,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    /// <summary>How many matches the household search offers at once: a phone screen's worth.</summary>
    public const int SearchLimit = 8;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<PagedResult<VisitListItem>> ListAsync(VisitQuery query, PageRequest page, CancellationToken ct = default)
    {
        var visits = db.Visits.AsNoTracking();
        if (query.CampaignId is { } campaignId) visits = visits.Where(v => v.CampaignId == campaignId);
        if (query.Kind is { } kind) visits = visits.Where(v => v.Kind == kind);
        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            var region = query.Region.Trim();
            visits = visits.Where(v => v.Region == region);
        }
        if (!string.IsNullOrWhiteSpace(query.Visitor))
        {
            var name = query.Visitor.Trim();
            visits = visits.Where(v => v.Visitors.Any(x => x.Name.Contains(name)));
        }
        if (query.From is { } from) visits = visits.Where(v => v.VisitedOn >= from);
        if (query.To is { } to) visits = visits.Where(v => v.VisitedOn <= to);

        var result = await visits.OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id)
            .Select(v => new
            {
                v.Id, v.VisitedOn, v.Kind, UnitName = v.OrgUnit!.Name,
                CampaignName = db.Campaigns.Where(c => c.Id == v.CampaignId).Select(c => c.Name).FirstOrDefault(),
                v.Place, v.Region,
                Visitors = v.Visitors.OrderBy(x => x.Id).Select(x => new { x.Name, x.Title, x.IsLeader, IsUser = x.UserId != null }).ToList(),
                HouseholdCount = v.Households.Count,
                HandedOver = db.Disbursements.Count(d => d.VisitId == v.Id),
            })
            .ToPageAsync(page, ct);
        // The first names of the page's households in a query of their own: asked inside the page's query, the
        // database numbered the households of every visit there is before keeping the page's (2 s among 500,000).
        var ids = result.Items.Select(v => v.Id).ToList();
        var names = (await db.VisitHouseholds.AsNoTracking().Where(h => ids.Contains(h.VisitId))
                .Select(h => new { h.VisitId, h.Household!.Name })
                .ToListAsync(ct))
            .ToLookup(h => h.VisitId, h => h.Name);
        var items = result.Items.Select(v => new VisitListItem(
            v.Id, v.VisitedOn, v.Kind, v.UnitName, v.CampaignName, v.Place, v.Region,
            v.Visitors.Select(x => new VisitDetail.Visitor(x.Name, x.Title, x.IsLeader, x.IsUser)).ToList(),
            v.HouseholdCount, names[v.Id].Order(StringComparer.Ordinal).Take(3).ToList(), v.HandedOver)).ToList();
        return new PagedResult<VisitListItem>(items, result.Total, result.Page, result.PageSize);
    }

    /// <summary>The regions visits in scope were made in, for the list's filter.</summary>
    public async Task<IReadOnlyList<string>> GetVisitRegionsAsync(CancellationToken ct = default) =>
        await db.Visits.AsNoTracking()
            .Where(v => v.Region != null).Select(v => v.Region!).Distinct().OrderBy(r => r).ToListAsync(ct);

    public async Task<VisitDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var visit = await db.Visits.AsNoTracking().Where(v => v.Id == id)
            .Select(v => new
            {
                v.Id, v.VisitedOn, v.Kind, v.OrgUnitId, UnitName = v.OrgUnit!.Name, v.CampaignId,
                CampaignName = db.Campaigns.Where(c => c.Id == v.CampaignId).Select(c => c.Name).FirstOrDefault(),
                v.Place, v.Region, v.Notes, v.OutsideCampaignReason, v.CreatedBy, v.CreatedAt,
                Visitors = v.Visitors.OrderBy(x => x.Id).Select(x => new VisitDetail.Visitor(x.Name, x.Title, x.IsLeader, x.UserId != null)).ToList(),
                Households = v.Households.OrderBy(h => h.Household!.Name).ThenBy(h => h.HouseholdId)
                    .Select(h => new VisitDetail.Household(h.HouseholdId, h.Household!.Name, h.Household.OrgUnit!.Name, h.Household.Region, h.Household.IsRemote, h.Household.Level))
                    .ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var payments = await db.Disbursements.AsNoTracking().Where(d => d.VisitId == id)
            .OrderBy(d => d.Grant!.Household!.Name).ThenBy(d => d.Id)
            .Select(d => new VisitDetail.Payment(d.GrantId, d.Grant!.HouseholdId, d.Grant.Household!.Name, d.Grant.Kind, d.Amount, d.Method, d.PaidOn))
            .ToListAsync(ct);
        var concerns = await db.Concerns.AsNoTracking().Where(c => c.VisitId == id)
            .OrderBy(c => c.Id)
            .Select(c => new VisitDetail.RaisedConcern(c.Id, c.HouseholdId, c.Household!.Name, c.Category, c.Description, c.Status, c.DueOn))
            .ToListAsync(ct);
        return new VisitDetail(visit.Id, visit.VisitedOn, visit.Kind, visit.OrgUnitId, visit.UnitName, visit.CampaignId, visit.CampaignName,
            visit.Place, visit.Region, visit.Notes, visit.OutsideCampaignReason, visit.CreatedBy, visit.CreatedAt, visit.Visitors, visit.Households, payments, concerns);
    }

    /// <summary>
    /// Households in scope (closed files left out) whose name contains the term or whose ID number ends with it (last
    /// four), optionally of one unit's tree: what the visit form's search-as-you-type offers.
    /// </summary>
    public async Task<IReadOnlyList<HouseholdPick>> SearchHouseholdsAsync(string? term, int? orgUnitId, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(term)) return [];
        var households = db.Households.AsNoTracking().Search(term, protector).Where(h => h.Status != HouseholdStatus.Closed);
        if (orgUnitId is { } unitId && await UnitPathAsync(unitId, ct) is { } path) households = households.InUnitTree(path);
        return await households.OrderBy(h => h.Name).ThenBy(h => h.Id).Take(SearchLimit).ToPicks().ToListAsync(ct);
    }

    /// <summary>The chosen households again, for a form shown a second time; ids out of scope are dropped.</summary>
    public async Task<IReadOnlyList<HouseholdPick>> GetHouseholdsAsync(IEnumerable<int> ids, CancellationToken ct = default)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return [];
        return await db.Households.AsNoTracking().Where(h => wanted.Contains(h.Id))
            .OrderBy(h => h.Name).ThenBy(h => h.Id).ToPicks().ToListAsync(ct);
    }

    /// <summary>The payable grants (可发放) of the chosen households, of one campaign when a campaign is given.</summary>
    public async Task<IReadOnlyList<PayableGrant>> GetPayableGrantsAsync(IEnumerable<int> householdIds, int? campaignId, CancellationToken ct = default)
    {
        var wanted = householdIds.Distinct().ToList();
        if (wanted.Count == 0) return [];
        var grants = db.Grants.AsNoTracking()
            .Where(g => g.Status == GrantStatus.Payable && wanted.Contains(g.HouseholdId));
        if (campaignId is { } id) grants = grants.Where(g => g.CampaignId == id);
        return await grants.OrderBy(g => g.Household!.Name).ThenBy(g => g.HouseholdId).ThenBy(g => g.Kind)
            .Select(g => new PayableGrant(g.Id, g.HouseholdId, g.Household!.Name, g.Campaign!.Name, g.Kind, g.TotalAmount))
            .ToListAsync(ct);
    }

    /// <summary>The unit a new visit is recorded under by default: the user's own.</summary>
    public async Task<int> DefaultUnitIdAsync(CancellationToken ct = default) =>
        user.OrgUnitId ?? await db.OrgUnits.AsNoTracking().InScope(user).OrderBy(u => u.Path).Select(u => u.Id).FirstOrDefaultAsync(ct);

    /// <summary>The campaign's dates, when the visit's date should be checked against them.</summary>
    public async Task<(DateOnly StartsOn, DateOnly EndsOn)?> GetCampaignWindowAsync(int? campaignId, CancellationToken ct = default)
    {
        if (campaignId is not { } id) return null;
        var campaign = await db.FindVisibleCampaignAsync(id, ct);
        return (campaign.StartsOn, campaign.EndsOn);
    }

    /// <summary>
    /// Records a visit and pays the chosen payable grants in one transaction: a grant that cannot be paid (the disbursement
    /// service's rules: payable, notice over, no open objection, fund covers it) leaves no visit and no payment. A date
    /// outside the campaign's dates (<see cref="DateOrder.IsInPeriod"/>) is refused on <see cref="VisitInput.OutsideCampaignReason"/>
    /// until the user says why; the reason is kept with the visit (and so in the audit log).
    /// </summary>
    public async Task<ServiceResult<int>> RecordAsync(VisitInput input, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);

        var unitPath = await db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.Id == input.OrgUnitId && u.IsActive)
            .Select(u => u.Path).FirstOrDefaultAsync(ct);
        if (unitPath is null) return ServiceResult<int>.Failure(nameof(input.OrgUnitId), messages["Visit.UnitRequired"]);

        var outsideReason = input.OutsideCampaignReason.TrimmedOrNull();
        if (input.CampaignId is { } campaignId)
        {
            var campaign = await db.FindVisibleCampaignAsync(campaignId, ct);
            var status = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Status).FirstAsync(ct);
            if (status == CampaignStatus.Closed) return ServiceResult<int>.Failure(nameof(input.CampaignId), messages["Visit.CampaignClosed"]);
            if (DateOrder.IsInPeriod(input.VisitedOn, campaign.StartsOn, campaign.EndsOn)) outsideReason = null;
            else if (outsideReason is null)
            {
                return ServiceResult<int>.Failure(nameof(input.OutsideCampaignReason),
                    messages["Visit.OutsideWindow", Formats.Date(campaign.StartsOn), Formats.Date(campaign.EndsOn)]);
            }
        }
        else outsideReason = null;

        var householdIds = input.HouseholdIds.Distinct().ToList();
        var households = await db.Households.AsNoTracking().InUnitTree(unitPath)
            .Where(h => householdIds.Contains(h.Id)).Select(h => new { h.Id, h.Name, h.Status }).ToListAsync(ct);
        if (households.Count != householdIds.Count)
            return ServiceResult<int>.Failure(nameof(input.HouseholdIds), messages["Visit.HouseholdOutsideUnit"]);
        if (households.FirstOrDefault(h => h.Status == HouseholdStatus.Closed) is { } closed)
            return ServiceResult<int>.Failure(nameof(input.HouseholdIds), messages["Visit.HouseholdClosed", closed.Name]);

        var visitors = input.Visitors.Where(v => !v.IsBlank).ToList();
        var people = (await db.PeopleAsync(user, visitors.Select(v => v.UserId!).Where(id => id is not null), ct)).ToDictionary(p => p.UserId);
        if (visitors.Any(v => !string.IsNullOrWhiteSpace(v.UserId) && !people.ContainsKey(v.UserId)))
            return ServiceResult<int>.Failure(nameof(input.Visitors), messages["Visit.VisitorUnknown"]);

        var grantIds = input.HandOverGrantIds.Distinct().ToList();
        if (grantIds.Count > 0)
        {
            var grantsOfHouseholds = await db.Grants.AsNoTracking()
                .CountAsync(g => grantIds.Contains(g.Id) && householdIds.Contains(g.HouseholdId), ct);
            if (grantsOfHouseholds != grantIds.Count)
                return ServiceResult<int>.Failure(nameof(input.HandOverGrantIds), messages["Visit.GrantNotOfHouseholds"]);
        }

        var visit = new Visit
        {
            CampaignId = input.CampaignId,
            OrgUnitId = input.OrgUnitId,
            Kind = input.Kind,
            VisitedOn = input.VisitedOn,
            Place = input.Place.TrimmedOrNull(),
            Region = input.Region.TrimmedOrNull(),
            Notes = input.Notes.TrimmedOrNull(),
            OutsideCampaignReason = outsideReason,
            CreatedBy = user.UserName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        visit.Visitors.AddRange(visitors.Select(v => ToVisitor(v, people)));
        visit.Households.AddRange(householdIds.Select(id => new VisitHousehold { HouseholdId = id }));

        // One transaction for the visit and its payments: the disbursement service saves through this DbContext and so
        // joins it (its fund retry clears the change tracker, which is why the visit is saved first and only its id kept).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Visits.Add(visit);
        await db.SaveChangesOrConflictAsync(ct);
        var visitId = visit.Id;
        foreach (var grantId in grantIds)
        {
            var paid = await disbursements.PayAsync(new DisbursementInput
            {
                GrantId = grantId,
                PaidOn = input.VisitedOn,
                Method = input.HandOverMethod,
                PaidBy = user.UserName ?? "",
                VisitId = visitId,
                SignedOff = input.HandOverSignedOff,
                Note = messages["Visit.HandOverNote", messages.Label(input.Kind)],
            }, ct);
            if (!paid.Succeeded)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return ServiceResult<int>.Failure(new ValidationResult(
                    paid.Validation.Errors.Select(e => new ValidationFailure(nameof(input.HandOverGrantIds), e.ErrorMessage))));
            }
        }
        await transaction.CommitAsync(ct);
        return ServiceResult<int>.Success(visitId);
    }

    /// <summary>
    /// Households of the campaign's units, in hardship and in scope, that no visit of the campaign has reached; remote
    /// ones first, as they are for phone or letter, then the extreme-hardship ones.
    /// </summary>
    public async Task<PagedResult<NotReachedItem>> NotReachedAsync(int campaignId, NotReachedQuery query, PageRequest page, CancellationToken ct = default)
    {
        var households = await NotReachedQueryAsync(campaignId, ct);
        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            var region = query.Region.Trim();
            households = households.Where(h => h.Region == region);
        }
        if (query.Remote is { } remote) households = households.Where(h => h.IsRemote == remote);
        return await households
            .OrderByDescending(h => h.IsRemote).ThenByDescending(h => h.Level).ThenBy(h => h.Name).ThenBy(h => h.Id)
            .Select(h => new NotReachedItem(h.Id, h.Name, h.OrgUnit!.Name, h.Region, h.IsRemote, h.Level, h.IsPriority, h.Phone))
            .ToPageAsync(page, ct);
    }

    /// <summary>How far the campaign has got: households to reach, reached, and remote ones still waiting.</summary>
    public async Task<VisitCoverage> CoverageAsync(int campaignId, CancellationToken ct = default)
    {
        var campaign = await db.FindVisibleCampaignAsync(campaignId, ct);
        var all = db.Households.AsNoTracking().InHardship().InUnitTree(campaign.OrgUnitPath);
        var total = await all.CountAsync(ct);
        var waiting = all.NotVisitedIn(db, campaign.Id);
        var notReached = await waiting.CountAsync(ct);
        var remoteNotReached = await waiting.CountAsync(h => h.IsRemote, ct);
        return new VisitCoverage(total, total - notReached, notReached, remoteNotReached);
    }

    /// <summary>Who took part in the campaign's visits and how many different households each reached, most first.</summary>
    public async Task<IReadOnlyList<LeaderParticipation>> ParticipationAsync(int campaignId, bool leadersOnly, CancellationToken ct = default)
    {
        var campaign = await db.FindVisibleCampaignAsync(campaignId, ct);
        var visits = db.Visits.AsNoTracking().Where(v => v.CampaignId == campaign.Id);
        var visitors = db.VisitVisitors.AsNoTracking().Where(x => !leadersOnly || x.IsLeader);
        var rows = from x in visitors
                   join v in visits on x.VisitId equals v.Id
                   join h in db.VisitHouseholds on v.Id equals h.VisitId
                   select new { x.Name, x.Title, x.IsLeader, VisitId = v.Id, h.HouseholdId, InPerson = v.Kind == VisitKind.Home || v.Kind == VisitKind.Hospital };
        var result = await rows
            .GroupBy(r => new { r.Name, r.Title, r.IsLeader })
            .Select(g => new
            {
                g.Key.Name, g.Key.Title, g.Key.IsLeader,
                Visits = g.Select(r => r.VisitId).Distinct().Count(),
                Households = g.Select(r => r.HouseholdId).Distinct().Count(),
                InPerson = g.Where(r => r.InPerson).Select(r => r.HouseholdId).Distinct().Count(),
            })
            .OrderByDescending(r => r.Households).ThenByDescending(r => r.Visits).ThenBy(r => r.Name)
            .ToListAsync(ct);
        return result.Select(r => new LeaderParticipation(r.Name, r.Title, r.IsLeader, r.Visits, r.Households, r.InPerson)).ToList();
    }

    private async Task<IQueryable<Household>> NotReachedQueryAsync(int campaignId, CancellationToken ct)
    {
        var campaign = await db.FindVisibleCampaignAsync(campaignId, ct);
        return db.Households.AsNoTracking().InHardship().InUnitTree(campaign.OrgUnitPath).NotVisitedIn(db, campaign.Id);
    }

    private Task<string?> UnitPathAsync(int unitId, CancellationToken ct) =>
        db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);

    private static VisitVisitor ToVisitor(VisitorInput input, Dictionary<string, PersonChoice> people)
    {
        var person = input.UserId is { } id && people.TryGetValue(id, out var found) ? found : null;
        return new VisitVisitor
        {
            UserId = person?.UserId,
            Name = input.Name.TrimmedOrNull() ?? person?.DisplayName ?? "",
            Title = input.Title.TrimmedOrNull() ?? person?.Title,
            IsLeader = input.IsLeader,
        };
    }
}
