namespace Relief.Core.Features.Campaigns;

/// <summary>Planning → Active → Closed, one step at a time; a closed campaign never reopens (its figures are reported).</summary>
public static class CampaignLifecycle
{
    public static bool CanMove(CampaignStatus from, CampaignStatus to) =>
        (from, to) is (CampaignStatus.Planning, CampaignStatus.Active) or (CampaignStatus.Active, CampaignStatus.Closed);
}
