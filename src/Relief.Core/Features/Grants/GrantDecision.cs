namespace Relief.Core.Features.Grants;

/// <summary>The meeting's one decision on one grant.</summary>
public class GrantDecision
{
    public int Id { get; set; }
    public int CommitteeMeetingId { get; set; }
    public int GrantId { get; set; }
    public Grant? Grant { get; set; }
    public DecisionOutcome Outcome { get; set; }
    public decimal? ApprovedAmount { get; set; }
    public string? Reason { get; set; }
    /// <summary>The required papers missing when the decision was taken (kind names, 、-separated); null when none were.</summary>
    public string? MissingPapers { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime DecidedAt { get; set; }
}
