using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Households;

public sealed record HouseholdVisitEntry(int Id, DateOnly VisitedOn, VisitKind Kind, IReadOnlyList<string> Visitors, int? CampaignId);
