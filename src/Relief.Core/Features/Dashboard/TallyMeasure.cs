namespace Relief.Core.Features.Dashboard;

/// <summary>What a <see cref="CampaignTally"/> counts.</summary>
public enum TallyMeasure
{
    /// <summary>Grants applied for by units in the scope, by status, category and kind: count and amount.</summary>
    Grants = 0,

    /// <summary>
    /// Households with a grant in the scope, by the furthest status any of those grants reached (Applied stands for
    /// applied, rejected or withdrawn): each household once per scope.
    /// </summary>
    Households = 1,

    /// <summary>Households with an approved (or later) grant of the category in the scope: each once per category.</summary>
    CategoryHouseholds = 2,

    /// <summary>Approved (or later) grants applied for by exactly the unit whose path is the scope, by status: count and amount.</summary>
    UnitGrants = 3,

    /// <summary>Households with an approved (or later) grant applied for by exactly the unit whose path is the scope.</summary>
    UnitHouseholds = 4,

    /// <summary>Households visited in the campaign by units in the scope: each once.</summary>
    Visited = 5,

    /// <summary>
    /// Paid (disbursed) grants of the category in the scope: the households they reached, each once per category, and
    /// their in-kind value (Amount). Their cash is the category's disbursed <see cref="Grants"/> amount less that value.
    /// </summary>
    PaidCategories = 6,
}
