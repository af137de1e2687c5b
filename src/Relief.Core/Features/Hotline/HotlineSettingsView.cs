namespace Relief.Core.Features.Hotline;

/// <summary>The settings form of one campaign: whether the user may change them, and the saved values if any.</summary>
public sealed record HotlineSettingsView(int CampaignId, string CampaignName, string? Refusal, HotlineSettingsInput Input, string? UpdatedBy, DateTime? UpdatedAt)
{
    public bool CanChange => Refusal is null;
    public bool IsSet => Input.Version is not null;
}
