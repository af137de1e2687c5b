namespace Relief.Core.Features.Notices;

/// <summary>A notice built from approved grants: of the posting unit's tree, optionally of one meeting only.</summary>
public sealed record NoticeInput
{
    public int CampaignId { get; set; }
    /// <summary>The posting unit; its approved grants (and those of the units below it) are listed.</summary>
    public int OrgUnitId { get; set; }
    /// <summary>Only the grants this meeting approved.</summary>
    public int? CommitteeMeetingId { get; set; }
    public string Title { get; set; } = "";
    /// <summary>The day it goes up: today, unless a Chair enters a paper notice after the fact (<see cref="EnteredLateReason"/>).</summary>
    public DateOnly PostedOn { get; set; }
    /// <summary>A paper notice that already hung, entered after the fact: why (a Chair only).</summary>
    public string? EnteredLateReason { get; set; }
    /// <summary>
    /// Blank: the configured number of working days from the posting day, weekends and holidays skipped. Never shorter
    /// than that.
    /// </summary>
    public DateOnly? EndsOn { get; set; }
    public string? Location { get; set; }
    public string? ObjectionContact { get; set; }
    /// <summary>Show names as 张*明.</summary>
    public bool MaskNames { get; set; } = true;
}
