namespace Relief.Core.Features.Campaigns;

/// <summary>The campaign form: heading, dates, organizing unit, the standards table and the sub-units' quotas.</summary>
public sealed record CampaignInput
{
    public string Name { get; set; } = "";
    public int Year { get; set; }
    public Season Season { get; set; }
    public string? Theme { get; set; }
    public string? DirectiveReference { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public int OrgUnitId { get; set; }
    public List<CampaignStandardInput> Standards { get; set; } = [];
    public List<CampaignQuotaInput> Quotas { get; set; } = [];
    /// <summary>The version the edit form loaded; a stale one makes the save a conflict.</summary>
    public Guid Version { get; set; }
}
