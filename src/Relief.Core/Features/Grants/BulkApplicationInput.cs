using Relief.Core.Features.Households;

namespace Relief.Core.Features.Grants;

/// <summary>
/// Applications in bulk from the campaign's standards, e.g. all extreme-hardship households of a unit. Each household
/// gets the standard amount for its category and the kind (the highest, if several categories have one).
/// </summary>
public sealed record BulkApplicationInput
{
    public int CampaignId { get; set; }
    public GrantKind Kind { get; set; }
    public string Reason { get; set; } = "";
    /// <summary>This unit and the units below it; blank: the whole campaign tree in the user's scope.</summary>
    public int? OrgUnitId { get; set; }
    public HardshipLevel? Level { get; set; }
    /// <summary>Only households of this category (and the grant is given under it).</summary>
    public HouseholdCategory? Category { get; set; }
    /// <summary>When given, exactly these households (still filtered by scope and the rules).</summary>
    public List<int> HouseholdIds { get; set; } = [];
    /// <summary>For a parcel (物资慰问): the items every household gets instead of cash.</summary>
    public List<GrantItemInput> Items { get; set; } = [];
}
