using Relief.Core.Features.Notices;

namespace Relief.Core.Reports.Printing;

/// <summary>The PDFs a campaign has for the reader: its posted notices and the units with a sign-off sheet, in the reader's scope.</summary>
public sealed record CampaignPrintouts(int CampaignId, string CampaignName, IReadOnlyList<CampaignPrintouts.NoticeEntry> Notices, IReadOnlyList<CampaignPrintouts.SignOffEntry> SignOffSheets)
{
    public sealed record NoticeEntry(int Id, string Title, DateOnly PostedOn, NoticeStatus Status);

    /// <summary>A unit whose payable or paid grants make up a sign-off sheet, and how many lines it has.</summary>
    public sealed record SignOffEntry(int OrgUnitId, string UnitName, int Lines);
}
