using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Features.BankPayments;

/// <summary>代发批次: payable cash grants of one campaign and unit, sent to the bank in one file.</summary>
public class PaymentBatch : IVersioned, IUnitOwned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    /// <summary>The unit whose grants it pays (the grants' applying unit).</summary>
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public PaymentBatchStatus Status { get; set; }

    public int LineCount { get; set; }
    public decimal Total { get; set; }

    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTime? SentAt { get; set; }
    public string? SentBy { get; set; }
    /// <summary>The layout the file was written in (and the result is read in); null is the generic layout.</summary>
    public int? LayoutId { get; set; }
    /// <summary>When a result file was last imported: a Sent batch with a result and lines still pending is flagged.</summary>
    public DateTime? ResultImportedAt { get; set; }

    public List<PaymentBatchLine> Lines { get; set; } = [];
    public Guid Version { get; set; }
}
