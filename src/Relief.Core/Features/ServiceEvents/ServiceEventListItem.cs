namespace Relief.Core.Features.ServiceEvents;

public sealed record ServiceEventListItem(
    int Id, DateOnly HeldOn, ServiceEventKind Kind, string Title, string UnitName, string? CampaignName, string? Place, string? Partners,
    ServiceEventDetail.Figures Figures, int HouseholdCount);
