namespace Relief.Core.Reports.YearEndSummary;

/// <summary>The year-end summary's header as the union sets it per campaign: 撰写人, date, and the directive it answers.</summary>
public sealed record ReportHeaderInput
{
    public string? Author { get; set; }
    public DateOnly? WrittenOn { get; set; }
    /// <summary>文件号, e.g. 集团公司工会(2020)28号.</summary>
    public string? DirectiveReference { get; set; }
    /// <summary>The title without 《》, e.g. 关于在2021年元旦春节期间继续开展“送温暖”活动的通知.</summary>
    public string? DirectiveTitle { get; set; }
    /// <summary>The campaign's version the form loaded; a stale one makes the save a conflict.</summary>
    public Guid Version { get; set; }
}
