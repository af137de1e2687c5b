using Relief.Core.Features.Households;

namespace Relief.Core.Features.Visits;

public static class HouseholdPickQueries
{
    public static IQueryable<HouseholdPick> ToPicks(this IQueryable<Household> households) =>
        households.Select(h => new HouseholdPick(h.Id, h.Name, h.IdNumberMasked, h.OrgUnit!.Name, h.Region, h.IsRemote, h.Level));
}
