using Relief.Core.Common;

namespace Relief.Core.Features.Hotline;

/// <summary>
/// 帮扶热线: the number a campaign publishes and when it is staffed ("每天___小时值班" in the summaries). One per
/// campaign, kept beside the campaign rather than on it, so the campaign's own form and version stay untouched.
/// </summary>
public class CampaignHotline : IVersioned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    /// <summary>As printed: "0578-2125110", or two numbers "0578-2125110、12351".</summary>
    public required string PhoneNumber { get; set; }
    /// <summary>As printed: "每天 8:00—20:00", "全天24小时".</summary>
    public required string DutyHours { get; set; }
    /// <summary>Hours staffed a day, for "每天___小时值班"; blank when it varies.</summary>
    public int? HoursPerDay { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }
}
