using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.ServiceEvents;

/// <summary>
/// 送服务活动: job fairs, legal aid, training, cultural events and symposiums, with the figures each kind is judged by.
/// Every query goes through the user's scope (the organizing unit); an event outside it is <see cref="NotFoundException"/>.
/// </summary>
public sealed class ServiceEventService(
    ReliefDbContext db,
    ICurrentUser user,
    IValidator<ServiceEventInput> validator,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<PagedResult<ServiceEventListItem>> ListAsync(ServiceEventQuery query, PageRequest page, CancellationToken ct = default) =>
        await Filter(query).OrderByDescending(e => e.HeldOn).ThenByDescending(e => e.Id)
            .Select(e => new ServiceEventListItem(
                e.Id, e.HeldOn, e.Kind, e.Title, e.OrgUnit!.Name,
                db.Campaigns.Where(c => c.Id == e.CampaignId).Select(c => c.Name).FirstOrDefault(),
                e.Place, e.Partners,
                new ServiceEventDetail.Figures(e.Participants, e.Employers, e.JobTypes, e.PositionsOffered, e.Attendees, e.HiringIntentions,
                    e.Sessions, e.Trainees, e.Consultations, e.CasesTaken),
                e.Households.Count))
            .ToPageAsync(page, ct);

    /// <summary>The totals of every event the filters select (not only the page shown).</summary>
    public Task<ServiceEventTotals> TotalsAsync(ServiceEventQuery query, CancellationToken ct = default) => Filter(query).TotalsAsync(db, ct);

    public async Task<ServiceEventDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var e = await db.ServiceEvents.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id, x.Kind, x.Title, x.HeldOn, x.OrgUnitId, UnitName = x.OrgUnit!.Name, x.CampaignId,
                Campaign = db.Campaigns.Where(c => c.Id == x.CampaignId).Select(c => new { c.Name, c.Status }).FirstOrDefault(),
                x.Place, x.Partners,
                Figures = new ServiceEventDetail.Figures(x.Participants, x.Employers, x.JobTypes, x.PositionsOffered, x.Attendees, x.HiringIntentions,
                    x.Sessions, x.Trainees, x.Consultations, x.CasesTaken),
                x.Notes, x.CreatedBy, x.CreatedAt,
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        // Households reached, as far as the reader may see them.
        var households = await db.ServiceEventHouseholds.AsNoTracking().Where(h => h.ServiceEventId == id)
            .Select(h => h.Household!)
            .OrderBy(h => h.Name).ThenBy(h => h.Id)
            .Select(h => new ServiceEventDetail.Household(h.Id, h.Name, h.OrgUnit!.Name, h.Categories.Any(c => c.Category == HouseholdCategory.AidedStudent)))
            .ToListAsync(ct);
        return new ServiceEventDetail(e.Id, e.Kind, e.Title, e.HeldOn, e.OrgUnitId, e.UnitName, e.CampaignId, e.Campaign?.Name,
            e.Campaign?.Status == CampaignStatus.Closed, e.Place, e.Partners, e.Figures, e.Notes, e.CreatedBy, e.CreatedAt, households);
    }

    /// <summary>A new event of the user's own unit, held today.</summary>
    public async Task<ServiceEventInput> NewAsync(int? campaignId, ServiceEventKind kind, CancellationToken ct = default) => new()
    {
        CampaignId = campaignId,
        OrgUnitId = await DefaultUnitIdAsync(ct),
        Kind = kind,
        HeldOn = Today,
    };

    public async Task<ServiceEventInput> GetForEditAsync(int id, CancellationToken ct = default)
    {
        var e = await db.ServiceEvents.AsNoTracking().Include(x => x.Households)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return new ServiceEventInput
        {
            CampaignId = e.CampaignId,
            OrgUnitId = e.OrgUnitId,
            Kind = e.Kind,
            Title = e.Title,
            HeldOn = e.HeldOn,
            Place = e.Place,
            Partners = e.Partners,
            Participants = e.Participants,
            Employers = e.Employers,
            JobTypes = e.JobTypes,
            PositionsOffered = e.PositionsOffered,
            Attendees = e.Attendees,
            HiringIntentions = e.HiringIntentions,
            Sessions = e.Sessions,
            Trainees = e.Trainees,
            Consultations = e.Consultations,
            CasesTaken = e.CasesTaken,
            Notes = e.Notes,
            HouseholdIds = e.Households.Select(h => h.HouseholdId).ToList(),
            Version = e.Version,
        };
    }

    public async Task<ServiceResult<int>> CreateAsync(ServiceEventInput input, CancellationToken ct = default)
    {
        user.Require(Permission.Edit);
        if (await CheckAsync(input, ct) is { } failure) return failure;
        var serviceEvent = new ServiceEvent
        {
            Title = "",
            CreatedBy = user.UserName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        Apply(serviceEvent, input);
        serviceEvent.Households.SyncTo(input.HouseholdIds, id => new ServiceEventHousehold { HouseholdId = id });
        db.ServiceEvents.Add(serviceEvent);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Success(serviceEvent.Id);
    }

    /// <summary>Saves the whole form over the event. A stale <see cref="ServiceEventInput.Version"/> is a <see cref="ConcurrencyConflictException"/>.</summary>
    public async Task<ServiceResult<int>> UpdateAsync(int id, ServiceEventInput input, CancellationToken ct = default)
    {
        user.Require(Permission.Edit);
        var serviceEvent = await db.ServiceEvents.Include(e => e.Households)
            .FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException();
        if (serviceEvent.CampaignId is { } current && await db.Campaigns.IsClosedAsync(current, ct))
            return ServiceResult<int>.Failure(nameof(input.CampaignId), messages["ServiceEvent.CampaignClosed"]);
        if (await CheckAsync(input, ct) is { } failure) return failure;

        db.Entry(serviceEvent).Property(e => e.Version).OriginalValue = input.Version;
        Apply(serviceEvent, input);
        serviceEvent.Households.SyncTo(input.HouseholdIds, id => new ServiceEventHousehold { HouseholdId = id });
        // The row is written even when only its households changed, so the version check always runs.
        db.Entry(serviceEvent).Property(e => e.Version).IsModified = true;
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(serviceEvent.Id);
    }

    /// <summary>Partners named before in scope, for the form's suggestions.</summary>
    public async Task<IReadOnlyList<string>> PartnerSuggestionsAsync(CancellationToken ct = default) =>
        await db.ServiceEvents.AsNoTracking().Where(e => e.Partners != null)
            .Select(e => e.Partners!).Distinct().OrderBy(p => p).Take(50).ToListAsync(ct);

    /// <summary>The unit a new event is organized by by default: the user's own.</summary>
    public async Task<int> DefaultUnitIdAsync(CancellationToken ct = default) =>
        user.OrgUnitId ?? await db.OrgUnits.AsNoTracking().InScope(user).OrderBy(u => u.Path).Select(u => u.Id).FirstOrDefaultAsync(ct);

    private IQueryable<ServiceEvent> Filter(ServiceEventQuery query)
    {
        var events = db.ServiceEvents.AsNoTracking();
        if (query.CampaignId is { } campaignId) events = events.Where(e => e.CampaignId == campaignId);
        if (query.Kind is { } kind) events = events.Where(e => e.Kind == kind);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            events = events.Where(e => e.Title.Contains(term) || (e.Place != null && e.Place.Contains(term)) || (e.Partners != null && e.Partners.Contains(term)));
        }
        if (query.From is { } from) events = events.Where(e => e.HeldOn >= from);
        if (query.To is { } to) events = events.Where(e => e.HeldOn <= to);
        return events;
    }

    /// <summary>The rules beyond the input's own: the unit, the campaign and every household must be the user's to use.</summary>
    private async Task<ServiceResult<int>?> CheckAsync(ServiceEventInput input, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);

        var unitPath = await db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.Id == input.OrgUnitId && u.IsActive)
            .Select(u => u.Path).FirstOrDefaultAsync(ct);
        if (unitPath is null) return ServiceResult<int>.Failure(nameof(input.OrgUnitId), messages["ServiceEvent.UnitUnknown"]);

        if (input.CampaignId is { } campaignId)
        {
            await db.FindVisibleCampaignAsync(campaignId, ct);
            if (await db.Campaigns.IsClosedAsync(campaignId, ct)) return ServiceResult<int>.Failure(nameof(input.CampaignId), messages["ServiceEvent.CampaignClosed"]);
        }

        var householdIds = input.HouseholdIds.Distinct().ToList();
        if (householdIds.Count > 0)
        {
            var known = await db.Households.AsNoTracking().InUnitTree(unitPath).CountAsync(h => householdIds.Contains(h.Id), ct);
            if (known != householdIds.Count) return ServiceResult<int>.Failure(nameof(input.HouseholdIds), messages["ServiceEvent.HouseholdUnknown"]);
        }
        return null;
    }

    private static void Apply(ServiceEvent target, ServiceEventInput input)
    {
        int? Kept(ServiceEventFigure figure) => ServiceEventFigures.Applies(input.Kind, figure) ? input.Figure(figure) : null;
        target.CampaignId = input.CampaignId;
        target.OrgUnitId = input.OrgUnitId;
        target.Kind = input.Kind;
        target.Title = input.Title.Trim();
        target.HeldOn = input.HeldOn;
        target.Place = input.Place.TrimmedOrNull();
        target.Partners = input.Partners.TrimmedOrNull();
        target.Participants = Kept(ServiceEventFigure.Participants);
        target.Employers = Kept(ServiceEventFigure.Employers);
        target.JobTypes = Kept(ServiceEventFigure.JobTypes);
        target.PositionsOffered = Kept(ServiceEventFigure.PositionsOffered);
        target.Attendees = Kept(ServiceEventFigure.Attendees);
        target.HiringIntentions = Kept(ServiceEventFigure.HiringIntentions);
        target.Sessions = Kept(ServiceEventFigure.Sessions);
        target.Trainees = Kept(ServiceEventFigure.Trainees);
        target.Consultations = Kept(ServiceEventFigure.Consultations);
        target.CasesTaken = Kept(ServiceEventFigure.CasesTaken);
        target.Notes = input.Notes.TrimmedOrNull();
    }
}
