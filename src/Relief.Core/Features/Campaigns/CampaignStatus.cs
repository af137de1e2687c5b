namespace Relief.Core.Features.Campaigns;

public enum CampaignStatus
{
    Planning = 0,
    Active = 1,
    /// <summary>Read-only: nothing in a closed campaign changes.</summary>
    Closed = 2,
}
