namespace Relief.Core.Features.Households;

public enum HeadOfHouseholdKind
{
    Employee = 0,
    Retiree = 1,
}
