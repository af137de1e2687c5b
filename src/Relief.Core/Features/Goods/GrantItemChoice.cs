using Relief.Core.Features.Grants;

namespace Relief.Core.Features.Goods;

/// <summary>An item of a payable or paid grant that the chosen stock can supply (same unit of measure, not handed out yet).</summary>
public sealed record GrantItemChoice(
    int GrantItemId, int GrantId, int HouseholdId, string HouseholdName, string UnitName, GrantKind Kind, GrantStatus Status,
    string ItemName, string Unit, decimal Quantity, bool SameName);
