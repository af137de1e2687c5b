namespace Relief.Core.Features.Campaigns;

/// <summary>
/// One row of the campaign list. The grant counts are of the user's scope (a branch sees its own applications in the
/// company's campaign); the money raised, committed and spent is the campaign's, as the organizer keeps it.
/// </summary>
public sealed record CampaignListItem(
    int Id, string Name, int Year, Season Season, CampaignStatus Status, string UnitName, DateOnly StartsOn, DateOnly EndsOn,
    int Applications = 0, int Approved = 0, decimal ApprovedAmount = 0m, decimal Raised = 0m, decimal Committed = 0m, decimal Spent = 0m)
{
    public decimal Balance => Raised - Committed - Spent;
}
