using Relief.Core.Features.Households;

namespace Relief.Core.Features.Grants;

/// <summary>The filters of the application list.</summary>
public sealed record GrantQuery
{
    public int CampaignId { get; set; }
    public GrantStatus? Status { get; set; }
    /// <summary>This unit and the units below it.</summary>
    public int? OrgUnitId { get; set; }
    public GrantKind? Kind { get; set; }
    public HouseholdCategory? Category { get; set; }
    public int? CommitteeMeetingId { get; set; }
    /// <summary>Applications still waiting for a meeting: applied and on no agenda.</summary>
    public bool AwaitingMeeting { get; set; }
    public bool DuplicatesOnly { get; set; }
    /// <summary>Part of the household's name.</summary>
    public string? Search { get; set; }
    /// <summary>Blank: newest application first.</summary>
    public GrantSort? Sort { get; set; }
    public bool Descending { get; set; }
}
