using Relief.Core.Common;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Campaigns;

/// <summary>One season's relief work (活动).</summary>
public class Campaign : IVersioned, IUnitOwned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int Year { get; set; }
    public Season Season { get; set; }
    /// <summary>e.g. 进千家门、知千家情、解千家难、暖千家心</summary>
    public string? Theme { get; set; }
    /// <summary>文件号 of the directive that launched it.</summary>
    public string? DirectiveReference { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    /// <summary>The organizing unit; its whole subtree works in the campaign.</summary>
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public CampaignStatus Status { get; set; }

    public List<CampaignStandard> Standards { get; set; } = [];
    public List<CampaignQuota> Quotas { get; set; } = [];
    public List<FundSource> FundSources { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
}
