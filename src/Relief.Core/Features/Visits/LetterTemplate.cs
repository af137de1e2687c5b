using Relief.Core.Common;

namespace Relief.Core.Features.Visits;

/// <summary>
/// 慰问信 template of one unit for one campaign: the text with merge fields ({姓名}, {活动名称}, {节日问候}, {署名领导},
/// {工会名称}) and the values of the fixed ones. A unit without its own template writes from the nearest unit above it.
/// </summary>
public class LetterTemplate : IVersioned, IUnitOwned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int OrgUnitId { get; set; }
    /// <summary>{节日问候}, e.g. 值此新春佳节来临之际.</summary>
    public required string Greeting { get; set; }
    /// <summary>{署名领导}, e.g. 工会主席 王建国.</summary>
    public required string SigningLeader { get; set; }
    /// <summary>{工会名称}, the signing union.</summary>
    public required string UnionName { get; set; }
    public required string Body { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }
}
