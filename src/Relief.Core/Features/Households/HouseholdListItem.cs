namespace Relief.Core.Features.Households;

/// <summary>One row of a household list. No phone, no illness details, no full ID number: lists leave the file.</summary>
public sealed record HouseholdListItem(
    int Id,
    string Name,
    string IdNumberMasked,
    int OrgUnitId,
    string UnitName,
    IReadOnlyList<HouseholdCategory> Categories,
    HardshipLevel Level,
    HouseholdStatus Status,
    DateOnly StatusSince,
    string? Region,
    bool IsRemote,
    int FamilySize,
    decimal? PerCapitaIncome,
    bool IsPriority);
