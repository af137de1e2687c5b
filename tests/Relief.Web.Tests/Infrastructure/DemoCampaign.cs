using Relief.Core.Features.Campaigns;

namespace Relief.Web.Tests.Infrastructure;

/// <summary>A demo campaign as its record has it: what tests need to place their own dates inside or around it.</summary>
public sealed record DemoCampaign(int Id, int Year, Season Season, string Name, DateOnly StartsOn, DateOnly EndsOn);
