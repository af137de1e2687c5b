using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Dashboard;

/// <summary>
/// Turns the grants and visits of one household in one campaign into their contributions to every tally, and adds
/// them up. The one definition of what a tally counts: the keeper uses it for the change a save makes (after minus
/// before) and the rebuild for everything.
/// </summary>
internal sealed class TallySheet
{
    private readonly Dictionary<TallyKey, TallyValue> _values = [];

    public IReadOnlyDictionary<TallyKey, TallyValue> Values => _values;

    /// <param name="grants">The grants of one household in one campaign.</param>
    /// <param name="pathOf">A unit's materialized path.</param>
    /// <param name="sign">+1 to add, -1 to take away.</param>
    public void AddGrants(IReadOnlyCollection<GrantFact> grants, Func<int, string> pathOf, int sign)
    {
        if (grants.Count == 0) return;
        var campaignId = grants.First().CampaignId;
        var scopes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var grant in grants)
        {
            var path = pathOf(grant.UnitId);
            foreach (var scope in Prefixes(path))
            {
                scopes.Add(scope);
                Add(new TallyKey(campaignId, scope, TallyMeasure.Grants, grant.Status, grant.Category, grant.Kind), new(1, 0, grant.Amount), sign);
                if (grant.Status == GrantStatus.Disbursed)
                    Add(new TallyKey(campaignId, scope, TallyMeasure.PaidCategories, Category: grant.Category), new(0, 0, grant.InKind), sign);
            }
            if (GrantStatuses.IsApproved(grant.Status))
                Add(new TallyKey(campaignId, path, TallyMeasure.UnitGrants, grant.Status), new(1, 0, grant.Amount), sign);
        }

        foreach (var scope in scopes)
        {
            var furthest = GrantStatus.Applied;
            var categories = new HashSet<HouseholdCategory>();
            var paidCategories = new HashSet<HouseholdCategory>();
            foreach (var grant in grants)
            {
                if (!pathOf(grant.UnitId).StartsWith(scope, StringComparison.Ordinal)) continue;
                if (Rank(grant.Status) > Rank(furthest)) furthest = grant.Status;
                if (GrantStatuses.IsApproved(grant.Status)) categories.Add(grant.Category);
                if (grant.Status == GrantStatus.Disbursed) paidCategories.Add(grant.Category);
            }
            Add(new TallyKey(campaignId, scope, TallyMeasure.Households, Reached(furthest)), new(0, 1, 0m), sign);
            foreach (var category in categories)
                Add(new TallyKey(campaignId, scope, TallyMeasure.CategoryHouseholds, Category: category), new(0, 1, 0m), sign);
            foreach (var category in paidCategories)
                Add(new TallyKey(campaignId, scope, TallyMeasure.PaidCategories, Category: category), new(0, 1, 0m), sign);
        }

        foreach (var unitId in grants.Where(g => GrantStatuses.IsApproved(g.Status)).Select(g => g.UnitId).Distinct())
            Add(new TallyKey(campaignId, pathOf(unitId), TallyMeasure.UnitHouseholds), new(0, 1, 0m), sign);
    }

    /// <param name="visits">The visits of one campaign that reached one household.</param>
    public void AddVisits(IReadOnlyCollection<VisitFact> visits, Func<int, string> pathOf, int sign)
    {
        if (visits.Count == 0) return;
        var campaignId = visits.First().CampaignId;
        var scopes = visits.SelectMany(v => Prefixes(pathOf(v.UnitId))).ToHashSet(StringComparer.Ordinal);
        foreach (var scope in scopes)
            Add(new TallyKey(campaignId, scope, TallyMeasure.Visited), new(0, 1, 0m), sign);
    }

    /// <summary>"/1/2/52/" → "/", "/1/", "/1/2/", "/1/2/52/": every scope whose readers see a record of that unit.</summary>
    public static IEnumerable<string> Prefixes(string path)
    {
        yield return "/";
        for (var i = path.IndexOf('/', 1); i > 0; i = path.IndexOf('/', i + 1))
            yield return path[..(i + 1)];
    }

    /// <summary>How far along the workflow a status is; rejected and withdrawn count as applied (the household did apply).</summary>
    private static int Rank(GrantStatus status) => status switch
    {
        GrantStatus.Approved => 1,
        GrantStatus.OnNotice => 2,
        GrantStatus.Payable => 3,
        GrantStatus.Disbursed => 4,
        _ => 0,
    };

    private static GrantStatus Reached(GrantStatus furthest) => Rank(furthest) == 0 ? GrantStatus.Applied : furthest;

    private void Add(TallyKey key, TallyValue value, int sign)
    {
        var sum = _values.TryGetValue(key, out var existing) ? existing.Plus(value, sign) : new TallyValue().Plus(value, sign);
        if (sum.IsZero) _values.Remove(key);
        else _values[key] = sum;
    }
}
