using Relief.Core.Common;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Notices;

/// <summary>公示: approved grants posted for staff to check and object to.</summary>
public class PublicNotice : IVersioned, IUnitOwned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public required string Title { get; set; }
    public DateOnly PostedOn { get; set; }
    public DateOnly EndsOn { get; set; }
    /// <summary>Where it hangs, e.g. 公司公开栏, 内网.</summary>
    public string? Location { get; set; }
    /// <summary>Where and to whom objections go, printed on the notice.</summary>
    public string? ObjectionContact { get; set; }
    /// <summary>Show names as 张*明.</summary>
    public bool MaskNames { get; set; }
    /// <summary>
    /// Set when a paper notice that already hung is entered after the fact (a Chair's act): why it was not entered on
    /// the day it went up. The notice page shows it, and the audit log keeps it with the record.
    /// </summary>
    public string? EnteredLateReason { get; set; }
    public NoticeStatus Status { get; set; }
    public List<NoticeItem> Items { get; set; } = [];
    public List<Objection> Objections { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
}
