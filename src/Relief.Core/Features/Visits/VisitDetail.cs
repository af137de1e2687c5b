using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Visits;

/// <summary>One visit as its page shows it: who went, whom they saw, what was handed over, what was asked for.</summary>
public sealed record VisitDetail(
    int Id, DateOnly VisitedOn, VisitKind Kind, int OrgUnitId, string UnitName, int? CampaignId, string? CampaignName,
    string? Place, string? Region, string? Notes, string? OutsideCampaignReason, string? CreatedBy, DateTime CreatedAt,
    IReadOnlyList<VisitDetail.Visitor> Visitors, IReadOnlyList<VisitDetail.Household> Households,
    IReadOnlyList<VisitDetail.Payment> Payments, IReadOnlyList<VisitDetail.RaisedConcern> Concerns)
{
    public sealed record Visitor(string Name, string? Title, bool IsLeader, bool IsUser);
    public sealed record Household(int Id, string Name, string UnitName, string? Region, bool IsRemote, HardshipLevel Level);
    public sealed record Payment(int GrantId, int HouseholdId, string HouseholdName, GrantKind Kind, decimal Amount, DisbursementMethod Method, DateOnly PaidOn);
    public sealed record RaisedConcern(int Id, int HouseholdId, string HouseholdName, ConcernCategory Category, string Description, ConcernStatus Status, DateOnly DueOn);
}
