namespace Relief.Core.Features.Attachments;

/// <summary>What an upload needs to know of its record: the unit that scopes it, its household, its campaign.</summary>
internal sealed record OwnerFacts(int OrgUnitId, int? HouseholdId, int? CampaignId);
