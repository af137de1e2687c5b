using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;

namespace Relief.Core.Features.ServiceEvents;

public static class ServiceEventQueries
{
    /// <summary>
    /// The events a campaign's summary counts: those recorded for it, and those recorded for no campaign that were held
    /// during it by the organizing unit or a unit below it (as concerns without a campaign are counted).
    /// </summary>
    public static IQueryable<ServiceEvent> OfCampaign(this IQueryable<ServiceEvent> events, ReliefDbContext db, int campaignId,
        DateOnly startsOn, DateOnly endsOn, string campaignUnitPath) =>
        events.Where(e => e.CampaignId == campaignId
            || (e.CampaignId == null && e.HeldOn >= startsOn && e.HeldOn <= endsOn
                && db.OrgUnits.Any(u => u.Id == e.OrgUnitId && u.Path.StartsWith(campaignUnitPath))));

    /// <summary>Adds the events up in the database: two grouped queries and one distinct count.</summary>
    public static async Task<ServiceEventTotals> TotalsAsync(this IQueryable<ServiceEvent> events, ReliefDbContext db, CancellationToken ct)
    {
        var sums = await events.GroupBy(_ => 1).Select(g => new
        {
            Events = g.Count(),
            Participants = g.Sum(e => e.Participants ?? 0),
            Employers = g.Sum(e => e.Employers ?? 0),
            JobTypes = g.Sum(e => e.JobTypes ?? 0),
            PositionsOffered = g.Sum(e => e.PositionsOffered ?? 0),
            Attendees = g.Sum(e => e.Attendees ?? 0),
            HiringIntentions = g.Sum(e => e.HiringIntentions ?? 0),
            Sessions = g.Sum(e => e.Sessions ?? 0),
            Trainees = g.Sum(e => e.Trainees ?? 0),
            Consultations = g.Sum(e => e.Consultations ?? 0),
            CasesTaken = g.Sum(e => e.CasesTaken ?? 0),
        }).FirstOrDefaultAsync(ct);
        if (sums is null) return ServiceEventTotals.None;
        var kinds = await events.GroupBy(e => e.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToDictionaryAsync(k => k.Kind, k => k.Count, ct);
        var reached = await db.ServiceEventHouseholds.Where(h => events.Any(e => e.Id == h.ServiceEventId)).Select(h => h.HouseholdId).Distinct().CountAsync(ct);
        int Of(ServiceEventKind kind) => kinds.GetValueOrDefault(kind);
        return new ServiceEventTotals(
            sums.Events, Of(ServiceEventKind.JobFair), sums.Employers, sums.JobTypes, sums.PositionsOffered, sums.Attendees, sums.HiringIntentions,
            Of(ServiceEventKind.LegalAid), sums.Consultations, sums.CasesTaken, Of(ServiceEventKind.Training), sums.Sessions, sums.Trainees,
            Of(ServiceEventKind.Cultural), Of(ServiceEventKind.Symposium), sums.Participants, reached);
    }
}
