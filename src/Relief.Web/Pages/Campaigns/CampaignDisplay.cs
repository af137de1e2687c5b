using Relief.Core.Features.Campaigns;

namespace Relief.Web.Pages.Campaigns;

/// <summary>Campaign status badges in the app's state colours: 筹备中 blue, 进行中 green, 已结束 grey; always with the word.</summary>
public static class CampaignDisplay
{
    public static string StatusBadge(CampaignStatus status) => "badge badge-state " + status switch
    {
        CampaignStatus.Planning => "state-applied",
        CampaignStatus.Active => "state-approved",
        _ => "state-disbursed",
    };

    /// <summary>Share of a quota used, for the quota table (blank when the quota is zero).</summary>
    public static int? Percent(decimal used, decimal quota) =>
        quota <= 0 ? null : (int)Math.Round(used * 100m / quota, MidpointRounding.AwayFromZero);
}
