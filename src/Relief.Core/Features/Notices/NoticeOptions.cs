namespace Relief.Core.Features.Notices;

/// <summary>How long a notice hangs. Configured under "Notices".</summary>
public sealed class NoticeOptions
{
    public const string Section = "Notices";

    /// <summary>The notice period in working days, the posting day counted (公示5个工作日).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 60)]
    public int WorkingDays { get; set; } = 5;

    /// <summary>Public holidays on weekdays (e.g. 元旦, 春节), not counted.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Weekend days worked in exchange for a holiday (调休上班), counted.</summary>
    public List<DateOnly> ExtraWorkingDays { get; set; } = [];
}
