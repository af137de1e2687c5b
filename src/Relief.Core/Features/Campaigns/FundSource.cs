using Relief.Core.Common;

namespace Relief.Core.Features.Campaigns;

/// <summary>
/// Earmarked money (专款专用). <see cref="Committed"/> and <see cref="Spent"/> are kept on the row and
/// guarded by <see cref="Version"/>, so two approvals at the same moment cannot both pass the balance check.
/// </summary>
public class FundSource : IVersioned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public FundSourceKind Kind { get; set; }
    public required string Name { get; set; }
    public string? Donor { get; set; }
    public decimal Amount { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public string? Note { get; set; }

    /// <summary>Approved, not yet paid.</summary>
    public decimal Committed { get; set; }
    public decimal Spent { get; set; }
    public decimal Balance => Amount - Committed - Spent;

    public Guid Version { get; set; }
}
