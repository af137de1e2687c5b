using Relief.Core.Common;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Visits;

/// <summary>诉求: a problem someone asked the union to follow up.</summary>
public class Concern : IVersioned, IUnitOwned
{
    public int Id { get; set; }
    public int HouseholdId { get; set; }
    public Household? Household { get; set; }
    public int OrgUnitId { get; set; }
    public int? VisitId { get; set; }
    public int? CampaignId { get; set; }
    public ConcernCategory Category { get; set; }
    public required string Description { get; set; }
    public DateOnly RaisedOn { get; set; }
    public string? OwnerUserId { get; set; }
    public required string OwnerName { get; set; }
    public DateOnly DueOn { get; set; }
    public ConcernStatus Status { get; set; }
    public string? Resolution { get; set; }
    public DateOnly? ResolvedOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }

    public bool IsOverdue(DateOnly today) => Status != ConcernStatus.Resolved && DueOn < today;
}
