namespace Relief.Core.Features.Visits;

public sealed record ConcernQuery
{
    public ConcernView View { get; set; }
    /// <summary>One owner's concerns ("我的诉求" passes the current user).</summary>
    public string? OwnerUserId { get; set; }
    public ConcernCategory? Category { get; set; }
    public int? CampaignId { get; set; }
    public int? HouseholdId { get; set; }
}
