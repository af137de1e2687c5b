using Relief.Core.Features.Households;

namespace Relief.Core.Features.Surveys;

public static class PriorityGroups
{
    /// <summary>The group a listed household falls in; the same rule the priority list sorts by in SQL.</summary>
    public static PriorityGroup Of(HouseholdListItem household) =>
        household.Level == HardshipLevel.Extreme || household.Categories.Contains(HouseholdCategory.ExtremeHardshipEmployee) ? PriorityGroup.ExtremeHardship
        : household.Categories.Contains(HouseholdCategory.SeriousIllness) ? PriorityGroup.SeriousIllness
        : household.Categories.Contains(HouseholdCategory.SingleParent) ? PriorityGroup.SingleParent
        : household.IsPriority ? PriorityGroup.Flagged
        : PriorityGroup.Other;

    public static IOrderedQueryable<Household> OrderByPriority(this IQueryable<Household> households) =>
        households
            .OrderBy(h => h.Level == HardshipLevel.Extreme || h.Categories.Any(c => c.Category == HouseholdCategory.ExtremeHardshipEmployee) ? 0
                : h.Categories.Any(c => c.Category == HouseholdCategory.SeriousIllness) ? 1
                : h.Categories.Any(c => c.Category == HouseholdCategory.SingleParent) ? 2
                : h.IsPriority ? 3
                : 4)
            .ThenBy(h => h.PerCapitaIncome == null)
            // SQLite cannot ORDER BY a decimal; REAL orders the same for yuan amounts.
            .ThenBy(h => (double?)h.PerCapitaIncome)
            .ThenBy(h => h.Id);
}
