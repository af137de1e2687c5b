using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Visits;

/// <summary>
/// 诉求跟踪: what people asked for during a visit or later, who follows it up, by when, and how it ended. A concern is
/// overdue when it is not resolved and its due date has passed. Scope is the household's unit.
/// </summary>
public sealed class ConcernService(
    ReliefDbContext db,
    ICurrentUser user,
    IValidator<ConcernInput> validator,
    IValidator<ConcernUpdateInput> updateValidator,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<PagedResult<ConcernListItem>> ListAsync(ConcernQuery query, PageRequest page, CancellationToken ct = default)
    {
        var today = Today;
        var concerns = Filter(query, today);
        IOrderedQueryable<Concern> ordered = query.View == ConcernView.Resolved
            ? concerns.OrderByDescending(c => c.ResolvedOn).ThenByDescending(c => c.Id)
            // The most urgent first: unresolved before resolved, then by due date.
            : concerns.OrderBy(c => c.Status == ConcernStatus.Resolved).ThenBy(c => c.DueOn).ThenBy(c => c.Id);
        var result = await ordered
            .Select(c => new
            {
                c.Id, c.HouseholdId, HouseholdName = c.Household!.Name, UnitName = c.Household.OrgUnit!.Name, c.Category, c.Description,
                c.RaisedOn, c.OwnerName, c.DueOn, c.Status, c.ResolvedOn, c.VisitId,
            })
            .ToPageAsync(page, ct);
        var items = result.Items.Select(c => new ConcernListItem(
            c.Id, c.HouseholdId, c.HouseholdName, c.UnitName, c.Category, c.Description, c.RaisedOn, c.OwnerName, c.DueOn, c.Status,
            c.ResolvedOn, c.VisitId, DaysOverdue(c.Status, c.DueOn, today))).ToList();
        return new PagedResult<ConcernListItem>(items, result.Total, result.Page, result.PageSize);
    }

    /// <summary>Unresolved and overdue concerns per owner, in scope: who has how much on their desk.</summary>
    public async Task<IReadOnlyList<OwnerLoad>> OwnerLoadAsync(CancellationToken ct = default)
    {
        var today = Today;
        var rows = await db.Concerns.AsNoTracking()
            .Where(c => c.Status != ConcernStatus.Resolved)
            .GroupBy(c => new { c.OwnerUserId, c.OwnerName })
            .Select(g => new { g.Key.OwnerUserId, g.Key.OwnerName, Unresolved = g.Count(), Overdue = g.Count(c => c.DueOn < today) })
            .OrderByDescending(g => g.Overdue).ThenByDescending(g => g.Unresolved).ThenBy(g => g.OwnerName)
            .ToListAsync(ct);
        return rows.Select(r => new OwnerLoad(r.OwnerUserId, r.OwnerName, r.Unresolved, r.Overdue)).ToList();
    }

    /// <summary>How many of one owner's concerns are unresolved and how many overdue (the badge beside 我的诉求).</summary>
    public async Task<(int Unresolved, int Overdue)> CountForOwnerAsync(string ownerUserId, CancellationToken ct = default)
    {
        var today = Today;
        var mine = db.Concerns.AsNoTracking().Where(c => c.OwnerUserId == ownerUserId && c.Status != ConcernStatus.Resolved);
        return (await mine.CountAsync(ct), await mine.CountAsync(c => c.DueOn < today, ct));
    }

    public async Task<ConcernDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var today = Today;
        var c = await db.Concerns.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id, x.HouseholdId, HouseholdName = x.Household!.Name, UnitName = x.Household.OrgUnit!.Name, x.VisitId,
                Visit = db.Visits.Where(v => v.Id == x.VisitId).Select(v => new { v.VisitedOn, v.Kind }).FirstOrDefault(),
                x.CampaignId, CampaignName = db.Campaigns.Where(k => k.Id == x.CampaignId).Select(k => k.Name).FirstOrDefault(),
                x.Category, x.Description, x.RaisedOn, x.OwnerUserId, x.OwnerName, x.DueOn, x.Status, x.Resolution, x.ResolvedOn, x.CreatedAt, x.Version,
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        return new ConcernDetail(c.Id, c.HouseholdId, c.HouseholdName, c.UnitName, c.VisitId, c.Visit?.VisitedOn, c.Visit?.Kind,
            c.CampaignId, c.CampaignName, c.Category, c.Description, c.RaisedOn, c.OwnerUserId, c.OwnerName, c.DueOn, c.Status,
            c.Resolution, c.ResolvedOn, c.CreatedAt, c.Version, DaysOverdue(c.Status, c.DueOn, today));
    }

    /// <summary>The people a concern can be given to: users of the units above the user and of their scope.</summary>
    public Task<List<PersonChoice>> GetOwnerChoicesAsync(CancellationToken ct = default) => db.PeopleAsync(user, null, ct);

    /// <summary>The household a new concern is for, with the visit it came up in when there is one (both must be in scope).</summary>
    public async Task<ConcernInput> NewAsync(int householdId, int? visitId, CancellationToken ct = default)
    {
        var household = await db.Households.AsNoTracking().Where(h => h.Id == householdId)
            .Select(h => new { h.Id }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var input = new ConcernInput
        {
            HouseholdId = household.Id,
            RaisedOn = Today,
            DueOn = Today.AddDays(30),
            OwnerUserId = user.UserId,
        };
        if (visitId is { } id)
        {
            var visit = await VisitOfHouseholdAsync(id, householdId, ct) ?? throw new NotFoundException();
            input.VisitId = visit.Id;
            input.CampaignId = visit.CampaignId;
            input.RaisedOn = visit.VisitedOn;
            input.DueOn = visit.VisitedOn.AddDays(30);
        }
        return input;
    }

    public async Task<ServiceResult<int>> CreateAsync(ConcernInput input, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        var household = await db.Households.AsNoTracking().Where(h => h.Id == input.HouseholdId)
            .Select(h => new { h.Id, h.OrgUnitId }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var campaignId = input.CampaignId;
        if (input.VisitId is { } visitId)
        {
            if (await VisitOfHouseholdAsync(visitId, household.Id, ct) is not { } visit)
                return ServiceResult<int>.Failure(nameof(input.VisitId), messages["Concern.VisitNotOfHousehold"]);
            campaignId = visit.CampaignId;
        }
        if (campaignId is { } id)
        {
            await db.FindVisibleCampaignAsync(id, ct);
            if (await db.Campaigns.IsClosedAsync(id, ct)) return ServiceResult<int>.Failure(nameof(input.CampaignId), messages["Concern.CampaignClosed"]);
        }
        var owner = await OwnerAsync(input.OwnerUserId, ct);
        if (owner is null) return ServiceResult<int>.Failure(nameof(input.OwnerUserId), messages["Concern.OwnerRequired"]);

        var concern = new Concern
        {
            HouseholdId = household.Id,
            OrgUnitId = household.OrgUnitId,
            VisitId = input.VisitId,
            CampaignId = campaignId,
            Category = input.Category,
            Description = input.Description.Trim(),
            RaisedOn = input.RaisedOn,
            OwnerUserId = owner.UserId,
            OwnerName = owner.DisplayName,
            DueOn = input.DueOn,
            Status = ConcernStatus.Open,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Concerns.Add(concern);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Success(concern.Id);
    }

    public async Task<ConcernUpdateInput> GetForEditAsync(int id, CancellationToken ct = default)
    {
        var c = await db.Concerns.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return new ConcernUpdateInput
        {
            Category = c.Category,
            Description = c.Description,
            OwnerUserId = c.OwnerUserId,
            DueOn = c.DueOn,
            Status = c.Status,
            Resolution = c.Resolution,
            ResolvedOn = c.ResolvedOn ?? (c.Status == ConcernStatus.Resolved ? null : Today),
            Version = c.Version,
        };
    }

    /// <summary>Reassigns, reschedules, takes in hand or resolves. A stale version is a <see cref="ConcurrencyConflictException"/>.</summary>
    public async Task<ServiceResult<int>> UpdateAsync(int id, ConcernUpdateInput input, CancellationToken ct = default)
    {
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();
        var validation = await updateValidator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        if (!ConcernLifecycle.CanMove(concern.Status, input.Status))
        {
            return ServiceResult<int>.Failure(nameof(input.Status),
                messages["Concern.Status.NotAllowed", messages.Label(concern.Status), messages.Label(input.Status)]);
        }
        if (input.DueOn < concern.RaisedOn) return ServiceResult<int>.Failure(nameof(input.DueOn), messages["Concern.DueBeforeRaised"]);
        if (input.Status == ConcernStatus.Resolved && input.ResolvedOn < concern.RaisedOn)
            return ServiceResult<int>.Failure(nameof(input.ResolvedOn), messages["Concern.ResolvedBeforeRaised"]);
        if (concern.CampaignId is { } campaignId && await db.Campaigns.IsClosedAsync(campaignId, ct))
            return ServiceResult<int>.Failure(nameof(input.Status), messages["Concern.CampaignClosed"]);
        if (input.OwnerUserId != concern.OwnerUserId)
        {
            var owner = await OwnerAsync(input.OwnerUserId, ct);
            if (owner is null) return ServiceResult<int>.Failure(nameof(input.OwnerUserId), messages["Concern.OwnerRequired"]);
            concern.OwnerUserId = owner.UserId;
            concern.OwnerName = owner.DisplayName;
        }

        db.Entry(concern).Property(c => c.Version).OriginalValue = input.Version;
        concern.Category = input.Category;
        concern.Description = input.Description.Trim();
        concern.DueOn = input.DueOn;
        concern.Status = input.Status;
        // What was done is kept as it is typed, a note of progress until the concern is resolved: nothing typed is dropped.
        concern.Resolution = string.IsNullOrWhiteSpace(input.Resolution) ? null : input.Resolution.Trim();
        concern.ResolvedOn = input.Status == ConcernStatus.Resolved ? input.ResolvedOn : null;
        // The row is written even when nothing changed, so the version check always runs.
        db.Entry(concern).Property(c => c.Version).IsModified = true;
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(concern.Id);
    }

    private IQueryable<Concern> Filter(ConcernQuery query, DateOnly today)
    {
        var concerns = db.Concerns.AsNoTracking();
        concerns = query.View switch
        {
            ConcernView.Unresolved => concerns.Where(c => c.Status != ConcernStatus.Resolved),
            ConcernView.Overdue => concerns.Where(c => c.Status != ConcernStatus.Resolved && c.DueOn < today),
            ConcernView.Resolved => concerns.Where(c => c.Status == ConcernStatus.Resolved),
            _ => concerns,
        };
        if (!string.IsNullOrEmpty(query.OwnerUserId)) concerns = concerns.Where(c => c.OwnerUserId == query.OwnerUserId);
        if (query.Category is { } category) concerns = concerns.Where(c => c.Category == category);
        if (query.CampaignId is { } campaignId) concerns = concerns.Where(c => c.CampaignId == campaignId);
        if (query.HouseholdId is { } householdId) concerns = concerns.Where(c => c.HouseholdId == householdId);
        return concerns;
    }

    /// <summary>Days past the due date of an unresolved concern; 0 when it is resolved or not yet due.</summary>
    public static int DaysOverdue(ConcernStatus status, DateOnly dueOn, DateOnly today) =>
        status != ConcernStatus.Resolved && dueOn < today ? today.DayNumber - dueOn.DayNumber : 0;

    private async Task<PersonChoice?> OwnerAsync(string? userId, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(userId) ? null : (await db.PeopleAsync(user, [userId], ct)).FirstOrDefault();

    private async Task<(int Id, int? CampaignId, DateOnly VisitedOn)?> VisitOfHouseholdAsync(int visitId, int householdId, CancellationToken ct)
    {
        var visit = await db.Visits.AsNoTracking()
            .Where(v => v.Id == visitId && v.Households.Any(h => h.HouseholdId == householdId))
            .Select(v => new { v.Id, v.CampaignId, v.VisitedOn }).FirstOrDefaultAsync(ct);
        return visit is null ? null : (visit.Id, visit.CampaignId, visit.VisitedOn);
    }
}
