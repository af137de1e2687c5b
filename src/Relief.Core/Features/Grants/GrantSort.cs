namespace Relief.Core.Features.Grants;

/// <summary>The sortable columns of the application list.</summary>
public enum GrantSort
{
    AppliedOn = 0,
    Household,
    Unit,
    Category,
    Kind,
    Amount,
    Status,
}
