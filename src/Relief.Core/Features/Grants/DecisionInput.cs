namespace Relief.Core.Features.Grants;

/// <summary>The meeting's decision on one application on its agenda.</summary>
public sealed record DecisionInput
{
    public int GrantId { get; set; }
    public DecisionOutcome Outcome { get; set; }
    /// <summary>Approve with a changed amount (the in-kind items stay; the cash part takes the difference). Blank: as applied.</summary>
    public decimal? ApprovedAmount { get; set; }
    /// <summary>The source the approved money is charged to (专款专用); required to approve.</summary>
    public int? FundSourceId { get; set; }
    /// <summary>Required to reject; to approve above the standard without an override reason on the application.</summary>
    public string? Reason { get; set; }
    /// <summary>The application's version the committee looked at.</summary>
    public Guid GrantVersion { get; set; }
}
