namespace Relief.Core.Features.Households;

/// <summary>Keeps a record's household rows in step with the households its form names.</summary>
public static class HouseholdLinks
{
    /// <summary>Drops the rows the form no longer names and adds one for each newly named household; a household named twice counts once.</summary>
    public static void SyncTo<TLink>(this List<TLink> links, IEnumerable<int> householdIds, Func<int, TLink> link) where TLink : IHouseholdLink
    {
        var wanted = householdIds.ToHashSet();
        links.RemoveAll(l => !wanted.Contains(l.HouseholdId));
        links.AddRange(wanted.Where(id => links.All(l => l.HouseholdId != id)).Select(link));
    }
}
