using Relief.Core.Common;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Visits;

/// <summary>走访慰问: one contact with one or more households.</summary>
public class Visit : IVersioned, IUnitOwned
{
    public int Id { get; set; }
    public int? CampaignId { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public VisitKind Kind { get; set; }
    public DateOnly VisitedOn { get; set; }
    public string? Place { get; set; }
    public string? Region { get; set; }
    public string? Notes { get; set; }
    /// <summary>Why a visit dated outside its campaign's period belongs to it (补访 after the campaign, say); null inside it.</summary>
    public string? OutsideCampaignReason { get; set; }
    public List<VisitVisitor> Visitors { get; set; } = [];
    public List<VisitHousehold> Households { get; set; } = [];
    public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
}
