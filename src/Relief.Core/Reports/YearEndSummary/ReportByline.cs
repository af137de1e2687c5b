using Microsoft.Extensions.Localization;
using Relief.Core.Reports.Printing;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// The summary's 撰写人 and date as the union saved them on the campaign, in the words the page prints. What nobody set
/// is said to be not set: the report never passes off the person printing it, or the day it is printed, as its author and date.
/// </summary>
public sealed record ReportByline(string Author, string Date, string SignatureDate, string? MetadataAuthor, string Line)
{
    public static ReportByline Of(YearEndFigures.CampaignHeading campaign, ReportFormat format, IStringLocalizer<CoreMessages> messages)
    {
        var author = string.IsNullOrWhiteSpace(campaign.ReportAuthor) ? null : campaign.ReportAuthor.Trim();
        var shownAuthor = author ?? messages["Summary.NotSet"];
        var date = campaign.ReportDate is { } written ? format.Date(written) : messages["Summary.NotSet"];
        return new ReportByline(
            shownAuthor,
            date,
            campaign.ReportDate is { } signed ? format.Date(signed) : messages["Summary.DateNotSet"],
            author,
            $"{messages["Summary.Author"]}{shownAuthor}　　{messages["Summary.Date"]}{date}");
    }
}
