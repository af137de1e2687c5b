using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Visits;

namespace Relief.Core.Data.Tallies;

/// <summary>
/// The pending changes of a save that move a tally: grants added, removed or changed in a counted property; households
/// added to or removed from a visit; visits moved to another campaign or unit, or removed; units moved in the tree
/// (their path is part of every tally's scope). Read from the change tracker only, before anything is written.
/// </summary>
internal sealed class TallyChanges
{
    private static readonly string[] CountedGrantProperties =
        [nameof(Grant.CampaignId), nameof(Grant.HouseholdId), nameof(Grant.OrgUnitId), nameof(Grant.Status), nameof(Grant.Category), nameof(Grant.Kind), nameof(Grant.TotalAmount),
         nameof(Grant.InKindValue)];

    public List<EntityEntry<Grant>> Grants { get; } = [];
    public List<EntityEntry<VisitHousehold>> VisitHouseholds { get; } = [];
    public List<EntityEntry<Visit>> ChangedVisits { get; } = [];
    /// <summary>Every tracked visit by its (possibly temporary) key, for the households added to it.</summary>
    public Dictionary<int, EntityEntry<Visit>> TrackedVisits { get; } = [];
    /// <summary>Units whose path changes: id → new path.</summary>
    public Dictionary<int, string> MovedUnits { get; } = [];

    public bool MovesVisitsOrUnits => ChangedVisits.Count > 0 || MovedUnits.Count > 0;

    /// <returns>Null when the save moves no tally (most saves).</returns>
    public static TallyChanges? Collect(DbContext db)
    {
        TallyChanges? changes = null;
        // The audit interceptor, just before, detected the save's changes.
        foreach (var entry in db.ChangeTracker.Detected())
        {
            if (entry.State == EntityState.Detached || (entry.State == EntityState.Unchanged && entry.Entity is not Visit)) continue;
            switch (entry.Entity)
            {
                case Grant grant when entry.State != EntityState.Modified || CountedGrantProperties.Any(p => Changed(entry.Property(p))):
                    (changes ??= new()).Grants.Add(db.Entry(grant));
                    break;
                case VisitHousehold line when entry.State is EntityState.Added or EntityState.Deleted:
                    (changes ??= new()).VisitHouseholds.Add(db.Entry(line));
                    break;
                case Visit visit:
                    // Tracked unchanged visits are kept too: households may be added to one. The key from the entry:
                    // a visit not saved yet has its temporary key there, not on the entity.
                    var visitEntry = db.Entry(visit);
                    (changes ??= new()).TrackedVisits[visitEntry.Property(v => v.Id).CurrentValue] = visitEntry;
                    if (entry.State == EntityState.Deleted
                        || (entry.State == EntityState.Modified && (Changed(visitEntry.Property(v => v.CampaignId)) || Changed(visitEntry.Property(v => v.OrgUnitId)))))
                        changes.ChangedVisits.Add(visitEntry);
                    break;
                case OrgUnit unit when entry.State == EntityState.Modified && Changed(entry.Property(nameof(OrgUnit.Path))):
                    (changes ??= new()).MovedUnits[unit.Id] = unit.Path;
                    break;
            }
        }
        return changes is { Grants.Count: 0, VisitHouseholds.Count: 0, MovesVisitsOrUnits: false } ? null : changes;
    }

    private static bool Changed(PropertyEntry property) => property.IsModified && !Equals(property.OriginalValue, property.CurrentValue);
}
