namespace Relief.Core.Features.Households;

public enum HouseholdSort
{
    Name = 0,
    Unit,
    Level,
    Status,
    StatusSince,
    Region,
    PerCapitaIncome,
    FamilySize,
}
