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
    /// <summary>The directive's title, e.g. 关于在2021年元旦春节期间继续开展“送温暖”活动的通知 (printed 《…》 after its number).</summary>
    public string? DirectiveTitle { get; set; }
    /// <summary>撰写人 of the year-end summary, as the union sets it; the report says so plainly when it is not set.</summary>
    public string? ReportAuthor { get; set; }
    /// <summary>The date the year-end summary bears (its 落款), as the union sets it.</summary>
    public DateOnly? ReportDate { get; set; }
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
