namespace Relief.Core.Features.Campaigns;

public sealed record CampaignDetail
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    public required int Year { get; init; }
    public required Season Season { get; init; }
    public string? Theme { get; init; }
    public string? DirectiveReference { get; init; }
    public required DateOnly StartsOn { get; init; }
    public required DateOnly EndsOn { get; init; }
    public required int OrgUnitId { get; init; }
    public required string UnitName { get; init; }
    public required CampaignStatus Status { get; init; }
    public IReadOnlyList<CampaignStandardLine> Standards { get; init; } = [];
    public IReadOnlyList<CampaignQuotaLine> Quotas { get; init; } = [];
    public IReadOnlyList<FundSourceLine> Funds { get; init; } = [];
    /// <summary>The next statuses the current user may move the campaign to (empty when none).</summary>
    public IReadOnlyList<CampaignStatus> NextStatuses { get; init; } = [];
    /// <summary>False for auditors and for a closed campaign: the page shows no edit actions.</summary>
    public bool CanChange { get; init; }
    public Guid Version { get; init; }
}
