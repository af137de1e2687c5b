namespace Relief.Core.Features.Visits;

public sealed record VisitListItem(
    int Id, DateOnly VisitedOn, VisitKind Kind, string UnitName, string? CampaignName, string? Place, string? Region,
    IReadOnlyList<VisitDetail.Visitor> Visitors, int HouseholdCount, IReadOnlyList<string> HouseholdNames, int HandedOver);
