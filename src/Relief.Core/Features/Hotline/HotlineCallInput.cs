namespace Relief.Core.Features.Hotline;

/// <summary>A call as the officer records it: the caller is a household on file or a name and number.</summary>
public sealed record HotlineCallInput
{
    public int CampaignId { get; set; }
    /// <summary>Local time of the call, as the officer's clock shows it.</summary>
    public DateTime CalledAt { get; set; }
    public int? HouseholdId { get; set; }
    public string? CallerName { get; set; }
    public string? CallerPhone { get; set; }
    public HotlineCallCategory Category { get; set; }
    public string Question { get; set; } = "";
    public string? TakenByUserId { get; set; }
    public CallOutcome Outcome { get; set; }
    public string? OutcomeNote { get; set; }
    public Guid Version { get; set; }
}
