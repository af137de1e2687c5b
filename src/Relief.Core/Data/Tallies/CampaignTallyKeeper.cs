using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Visits;

namespace Relief.Core.Data.Tallies;

/// <summary>
/// Keeps <see cref="CampaignTally"/> rows equal to the grants and visits they count. Every save of the context passes
/// through <see cref="TallyInterceptor"/>, which calls <see cref="ApplyAsync"/> for a save that changes a counted grant,
/// a visit's households or a unit's path: inside the save's transaction and before it is written, a lock on the
/// campaigns concerned (so two saves never count the same household at once, on SQL Server too), the households'
/// grants and visits as stored, the same with the save's changes laid over them, and the difference of the two
/// <see cref="TallySheet"/>s added to the tallies. Households are recounted whole because "households reached" is not a
/// sum of grants. Tallies count every unit whatever the acting user's scope, so every read here is
/// <see cref="UnitScope.OutsideUnitScope{T}"/>.
/// </summary>
public static class CampaignTallyKeeper
{
    /// <summary>Recounts a campaign's tallies from its grants and visits (after a bulk load, or for a database that predates them).</summary>
    public static async Task RebuildAsync(ReliefDbContext db, int campaignId, CancellationToken ct = default)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var paths = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path, ct);
            var sheet = new TallySheet();
            var grants = db.Grants.AsNoTracking().OutsideUnitScope().Where(g => g.CampaignId == campaignId).OrderBy(g => g.HouseholdId)
                .Select(g => new GrantFact(g.Id, g.CampaignId, g.HouseholdId, g.OrgUnitId, g.Status, g.Category, g.Kind, g.TotalAmount, g.InKindValue))
                .AsAsyncEnumerable();
            await foreach (var household in ByHousehold(grants, g => g.HouseholdId, ct)) sheet.AddGrants(household, id => paths[id], 1);
            var visits = VisitFacts(db).Where(v => v.CampaignId == campaignId).OrderBy(v => v.HouseholdId).AsAsyncEnumerable();
            await foreach (var household in ByHousehold(visits, v => v.HouseholdId, ct)) sheet.AddVisits(household, id => paths[id], 1);

            await db.Set<CampaignTally>().Where(t => t.CampaignId == campaignId).ExecuteDeleteAsync(ct);
            var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var batch in sheet.Values.Chunk(5000))
            {
                db.Set<CampaignTally>().AddRange(batch.Select(pair => NewTally(pair.Key, pair.Value)));
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            if (own is not null) await own.CommitAsync(ct);
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    /// <summary>At start-up: counts every campaign that has grants or visits but no tallies yet (a database from before them).</summary>
    public static async Task<int> FillMissingAsync(ReliefDbContext db, CancellationToken ct = default)
    {
        var missing = await db.Campaigns.AsNoTracking().OutsideUnitScope()
            .Where(c => !db.Set<CampaignTally>().Any(t => t.CampaignId == c.Id)
                && (db.Grants.Any(g => g.CampaignId == c.Id) || db.Visits.Any(v => v.CampaignId == c.Id)))
            .Select(c => c.Id).ToListAsync(ct);
        foreach (var campaignId in missing) await RebuildAsync(db, campaignId, ct);
        return missing.Count;
    }

    internal static async Task ApplyAsync(ReliefDbContext db, TallyChanges changes, bool async, CancellationToken ct)
    {
        // The lock first, then every read: whoever counts a household of these campaigns next waits for this save.
        var lockedCampaigns = changes.MovesVisitsOrUnits ? null : CampaignsOf(changes);
        var campaigns = lockedCampaigns is null ? db.Campaigns.OutsideUnitScope() : db.Campaigns.OutsideUnitScope().Where(c => lockedCampaigns.Contains(c.Id));
        if (async) await campaigns.ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, c => c.Version), ct);
        else campaigns.ExecuteUpdate(s => s.SetProperty(c => c.Version, c => c.Version));

        var visitsById = await StoredVisitsAsync(db, changes, async, ct);
        StampVisitLines(changes, visitsById);
        foreach (var visit in changes.ChangedVisits.Where(v => v.State == EntityState.Modified))
        {
            var (visitId, campaignId) = (visit.Entity.Id, visit.Entity.CampaignId);
            var lines = db.VisitHouseholds.Where(vh => vh.VisitId == visitId);
            if (async) await lines.ExecuteUpdateAsync(s => s.SetProperty(vh => vh.CampaignId, campaignId), ct);
            else lines.ExecuteUpdate(s => s.SetProperty(vh => vh.CampaignId, campaignId));
        }
        var (grantPairs, visitPairs) = await TouchedAsync(db, changes, visitsById, async, ct);

        var storedGrants = await StoredGrantsAsync(db, grantPairs, async, ct);
        var storedVisits = await StoredVisitFactsAsync(db, visitPairs, async, ct);
        var savedGrants = GrantsAfter(storedGrants, changes);
        var savedVisits = VisitsAfter(storedVisits, changes, visitsById);

        var unitIds = storedGrants.Select(g => g.UnitId).Concat(savedGrants.Select(g => g.UnitId))
            .Concat(storedVisits.Select(v => v.UnitId)).Concat(savedVisits.Select(v => v.UnitId)).ToHashSet();
        var storedPaths = await Run(db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Path }), async, ct);
        var pathsBefore = storedPaths.ToDictionary(u => u.Id, u => u.Path);
        var pathsAfter = new Dictionary<int, string>(pathsBefore);
        foreach (var (unitId, path) in changes.MovedUnits) pathsAfter[unitId] = path;

        var sheet = new TallySheet();
        foreach (var household in storedGrants.GroupBy(g => new CampaignHousehold(g.CampaignId, g.HouseholdId)))
            sheet.AddGrants(household.ToList(), id => pathsBefore[id], -1);
        foreach (var household in savedGrants.GroupBy(g => new CampaignHousehold(g.CampaignId, g.HouseholdId)))
            sheet.AddGrants(household.ToList(), id => pathsAfter[id], 1);
        foreach (var household in storedVisits.GroupBy(v => new CampaignHousehold(v.CampaignId, v.HouseholdId)))
            sheet.AddVisits(household.ToList(), id => pathsBefore[id], -1);
        foreach (var household in savedVisits.GroupBy(v => new CampaignHousehold(v.CampaignId, v.HouseholdId)))
            sheet.AddVisits(household.ToList(), id => pathsAfter[id], 1);
        if (sheet.Values.Count == 0) return;

        await TallyWriter.AddAsync(db, sheet.Values, async, ct);
    }

    /// <summary>Each household added to a visit carries the visit's campaign (<see cref="VisitHousehold.CampaignId"/>).</summary>
    private static void StampVisitLines(TallyChanges changes, Dictionary<int, (int? CampaignId, int UnitId)> storedVisits)
    {
        foreach (var line in changes.VisitHouseholds.Where(vh => vh.State == EntityState.Added))
        {
            var visitId = line.Property(x => x.VisitId).CurrentValue;
            line.Entity.CampaignId = changes.TrackedVisits.TryGetValue(visitId, out var visit) ? visit.Entity.CampaignId
                : storedVisits.TryGetValue(visitId, out var stored) ? stored.CampaignId : null;
        }
    }

    private static HashSet<int> CampaignsOf(TallyChanges changes)
    {
        var ids = new HashSet<int>();
        foreach (var grant in changes.Grants)
        {
            ids.Add(grant.Entity.CampaignId);
            if (grant.State != EntityState.Added) ids.Add(grant.Property(g => g.CampaignId).OriginalValue);
        }
        foreach (var visit in changes.TrackedVisits.Values)
        {
            if (visit.Entity.CampaignId is { } current) ids.Add(current);
            if (visit.State != EntityState.Added && visit.Property(v => v.CampaignId).OriginalValue is { } original) ids.Add(original);
        }
        return ids;
    }

    /// <summary>Campaign and unit of every visit the save touches, as stored (visits added in this save are not stored yet).</summary>
    private static async Task<Dictionary<int, (int? CampaignId, int UnitId)>> StoredVisitsAsync(
        ReliefDbContext db, TallyChanges changes, bool async, CancellationToken ct)
    {
        var ids = changes.VisitHouseholds.Select(vh => vh.Property(x => x.VisitId).OriginalValue)
            .Concat(changes.ChangedVisits.Select(v => v.Property(x => x.Id).OriginalValue))
            .Where(id => id > 0).ToHashSet();
        if (ids.Count == 0) return [];
        var stored = await Run(db.Visits.AsNoTracking().OutsideUnitScope().Where(v => ids.Contains(v.Id)).Select(v => new { v.Id, v.CampaignId, v.OrgUnitId }), async, ct);
        return stored.ToDictionary(v => v.Id, v => (v.CampaignId, v.OrgUnitId));
    }

    /// <summary>The households to recount, per campaign: those of the changed grants and visit lines, and every one reached through a moved unit or a changed visit.</summary>
    private static async Task<(HashSet<CampaignHousehold> Grants, HashSet<CampaignHousehold> Visits)> TouchedAsync(
        ReliefDbContext db, TallyChanges changes, Dictionary<int, (int? CampaignId, int UnitId)> storedVisits, bool async, CancellationToken ct)
    {
        var grants = new HashSet<CampaignHousehold>();
        foreach (var grant in changes.Grants)
        {
            if (grant.State != EntityState.Deleted) grants.Add(new(grant.Entity.CampaignId, grant.Entity.HouseholdId));
            if (grant.State != EntityState.Added)
                grants.Add(new(grant.Property(g => g.CampaignId).OriginalValue, grant.Property(g => g.HouseholdId).OriginalValue));
        }

        var visits = new HashSet<CampaignHousehold>();
        foreach (var line in changes.VisitHouseholds)
        {
            var visitId = line.Property(x => x.VisitId).CurrentValue;
            var campaignId = changes.TrackedVisits.TryGetValue(visitId, out var tracked) ? tracked.Entity.CampaignId
                : storedVisits.TryGetValue(visitId, out var stored) ? stored.CampaignId : null;
            if (campaignId is { } id) visits.Add(new(id, line.Entity.HouseholdId));
            if (storedVisits.TryGetValue(line.Property(x => x.VisitId).OriginalValue, out var before) && before.CampaignId is { } storedId)
                visits.Add(new(storedId, line.Entity.HouseholdId));
        }

        if (changes.ChangedVisits.Count > 0)
        {
            var changed = changes.ChangedVisits.Select(v => v.Property(x => x.Id).OriginalValue).ToHashSet();
            var reached = await Run(VisitFacts(db).Where(v => changed.Contains(v.VisitId)), async, ct);
            foreach (var fact in reached)
            {
                visits.Add(new(fact.CampaignId, fact.HouseholdId));
                if (changes.TrackedVisits.TryGetValue(fact.VisitId, out var visit) && visit.Entity.CampaignId is { } current)
                    visits.Add(new(current, fact.HouseholdId));
            }
        }

        if (changes.MovedUnits.Count > 0)
        {
            var moved = changes.MovedUnits.Keys.ToHashSet();
            var grantHouseholds = await Run(db.Grants.AsNoTracking().OutsideUnitScope().Where(g => moved.Contains(g.OrgUnitId))
                .Select(g => new { g.CampaignId, g.HouseholdId }).Distinct(), async, ct);
            grants.UnionWith(grantHouseholds.Select(p => new CampaignHousehold(p.CampaignId, p.HouseholdId)));
            var visitHouseholds = await Run(VisitFacts(db).Where(v => moved.Contains(v.UnitId))
                .Select(v => new { v.CampaignId, v.HouseholdId }).Distinct(), async, ct);
            visits.UnionWith(visitHouseholds.Select(p => new CampaignHousehold(p.CampaignId, p.HouseholdId)));
        }
        return (grants, visits);
    }

    private static async Task<List<GrantFact>> StoredGrantsAsync(ReliefDbContext db, HashSet<CampaignHousehold> pairs, bool async, CancellationToken ct)
    {
        if (pairs.Count == 0) return [];
        var households = pairs.Select(p => p.HouseholdId).Distinct().ToList();
        var campaigns = pairs.Select(p => p.CampaignId).Distinct().ToList();
        var facts = await Run(db.Grants.AsNoTracking().OutsideUnitScope().Where(g => households.Contains(g.HouseholdId) && campaigns.Contains(g.CampaignId))
            .Select(g => new GrantFact(g.Id, g.CampaignId, g.HouseholdId, g.OrgUnitId, g.Status, g.Category, g.Kind, g.TotalAmount, g.InKindValue)), async, ct);
        return facts.Where(f => pairs.Contains(new(f.CampaignId, f.HouseholdId))).ToList();
    }

    private static async Task<List<VisitFact>> StoredVisitFactsAsync(ReliefDbContext db, HashSet<CampaignHousehold> pairs, bool async, CancellationToken ct)
    {
        if (pairs.Count == 0) return [];
        var households = pairs.Select(p => p.HouseholdId).Distinct().ToList();
        var campaigns = pairs.Select(p => p.CampaignId).Distinct().ToList();
        var facts = await Run(VisitFacts(db).Where(v => households.Contains(v.HouseholdId) && campaigns.Contains(v.CampaignId)), async, ct);
        return facts.Where(f => pairs.Contains(new(f.CampaignId, f.HouseholdId))).ToList();
    }

    /// <summary>The stored grants with this save's changes laid over them.</summary>
    private static List<GrantFact> GrantsAfter(List<GrantFact> stored, TallyChanges changes)
    {
        var replaced = changes.Grants.Where(g => g.State != EntityState.Added).Select(g => g.Property(x => x.Id).OriginalValue).ToHashSet();
        var after = stored.Where(g => !replaced.Contains(g.Id)).ToList();
        after.AddRange(changes.Grants.Where(g => g.State != EntityState.Deleted).Select(entry => entry.Entity)
            .Select(g => new GrantFact(g.Id, g.CampaignId, g.HouseholdId, g.OrgUnitId, g.Status, g.Category, g.Kind, g.TotalAmount, g.InKindValue)));
        return after;
    }

    /// <summary>The stored visit lines with this save's changes laid over them.</summary>
    private static List<VisitFact> VisitsAfter(List<VisitFact> stored, TallyChanges changes, Dictionary<int, (int? CampaignId, int UnitId)> storedVisits)
    {
        var removedLines = changes.VisitHouseholds.Where(vh => vh.State == EntityState.Deleted)
            .Select(vh => (vh.Property(x => x.VisitId).OriginalValue, vh.Property(x => x.HouseholdId).OriginalValue)).ToHashSet();
        var after = new List<VisitFact>();
        foreach (var fact in stored)
        {
            if (removedLines.Contains((fact.VisitId, fact.HouseholdId))) continue;
            if (!changes.TrackedVisits.TryGetValue(fact.VisitId, out var visit))
            {
                after.Add(fact);
                continue;
            }
            if (visit.State == EntityState.Deleted || visit.Entity.CampaignId is not { } campaignId) continue;
            after.Add(fact with { CampaignId = campaignId, UnitId = visit.Entity.OrgUnitId });
        }
        foreach (var line in changes.VisitHouseholds.Where(vh => vh.State == EntityState.Added))
        {
            var visitId = line.Property(x => x.VisitId).CurrentValue;
            var (campaignId, unitId) = changes.TrackedVisits.TryGetValue(visitId, out var visit)
                ? (visit.State == EntityState.Deleted ? null : visit.Entity.CampaignId, visit.Entity.OrgUnitId)
                : storedVisits.GetValueOrDefault(visitId);
            if (campaignId is { } id) after.Add(new VisitFact { VisitId = visitId, CampaignId = id, HouseholdId = line.Entity.HouseholdId, UnitId = unitId });
        }
        return after;
    }

    private static CampaignTally NewTally(TallyKey key, TallyValue value) => new()
    {
        CampaignId = key.CampaignId,
        Scope = key.Scope,
        Measure = key.Measure,
        Status = key.Status,
        Category = key.Category,
        Kind = key.Kind,
        Grants = value.Grants,
        Households = value.Households,
        Amount = value.Amount,
    };

    private static IQueryable<VisitFact> VisitFacts(ReliefDbContext db) =>
        from line in db.VisitHouseholds.AsNoTracking()
        join visit in db.Visits.AsNoTracking().OutsideUnitScope() on line.VisitId equals visit.Id
        where visit.CampaignId != null
        select new VisitFact { VisitId = visit.Id, CampaignId = visit.CampaignId!.Value, HouseholdId = line.HouseholdId, UnitId = visit.OrgUnitId };

    private static async IAsyncEnumerable<List<T>> ByHousehold<T>(IAsyncEnumerable<T> ordered, Func<T, int> household,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var group = new List<T>();
        await foreach (var item in ordered.WithCancellation(ct))
        {
            if (group.Count > 0 && household(group[0]) != household(item))
            {
                yield return group;
                group = [];
            }
            group.Add(item);
        }
        if (group.Count > 0) yield return group;
    }

    private static async Task<List<T>> Run<T>(IQueryable<T> query, bool async, CancellationToken ct) =>
        async ? await query.ToListAsync(ct) : query.ToList();
}
