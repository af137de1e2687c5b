using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using MiniExcelLibs;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary.Photos;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>Puts the figures, the previous campaign's figures and the union's narrative together into the PDF or the Word document.</summary>
public sealed class YearEndSummaryService(
    YearEndQuery query, NarrativeService narratives, SummaryPhotoService photos, IStringLocalizer<CoreMessages> messages,
    TimeProvider clock, ILogger<YearEndSummaryService> logger)
{
    public async Task<PrintedDocument> RenderAsync(int campaignId, ReportFormat format, CancellationToken ct = default)
    {
        var (figures, previous, filled, today) = await ComposeAsync(campaignId, format, ct);
        var chosen = await photos.ForPrintAsync(campaignId, ct);
        var document = new YearEndSummaryDocument(figures, previous, filled, ReportByline.Of(figures.Campaign, format, messages), today, format, messages, chosen);
        var bytes = document.Build().GeneratePdf(logger: logger);
        return new PrintedDocument(FileNames.Pdf(messages["Print.FileName.Summary", figures.Campaign.Name]), bytes, $"year-end-summary-{figures.Campaign.Id}.pdf");
    }

    /// <summary>The same summary as a .docx in the 公文 layout, for the office to finish in Word or WPS.</summary>
    public async Task<PrintedDocument> RenderWordAsync(int campaignId, ReportFormat format, CancellationToken ct = default)
    {
        var (figures, previous, filled, _) = await ComposeAsync(campaignId, format, ct);
        var tables = YearEndAppendix.Tables(figures, previous, format, messages);
        var chosen = await photos.ForPrintAsync(campaignId, ct);
        var document = new YearEndSummaryWordDocument(
            messages["Summary.Title", figures.Campaign.Name], filled, figures.Campaign.UnitName, ReportByline.Of(figures.Campaign, format, messages), tables, format)
        {
            Photos = chosen,
            PhotosTitle = messages["Summary.Photos"],
        };
        return new PrintedDocument(FileNames.Docx(messages["Print.FileName.Summary", figures.Campaign.Name]), document.Build(), $"year-end-summary-{figures.Campaign.Id}.docx");
    }

    /// <summary>
    /// Every appendix table in one workbook, a sheet per table, figures as numbers (not text), for the office to rework.
    /// </summary>
    public async Task<PrintedDocument> RenderExcelAsync(int campaignId, ReportFormat format, CancellationToken ct = default)
    {
        var (figures, previous, _, _) = await ComposeAsync(campaignId, format, ct);
        var sheets = new Dictionary<string, object>();
        foreach (var table in YearEndAppendix.Tables(figures, previous, format, messages))
        {
            var rows = table.Rows.Select(row => table.Columns.Select((column, i) => (column, AppendixTable.Value(row[i])))
                .ToDictionary(c => c.column, c => c.Item2)).ToList();
            // A sheet's name is at most 31 characters; a table without rows still shows its columns.
            var name = table.Title.Length > 31 ? table.Title[..31] : table.Title;
            sheets[name] = rows.Count > 0 ? rows : new[] { table.Columns.ToDictionary(c => c, _ => (object?)null) };
        }
        using var stream = new MemoryStream();
        await MiniExcel.SaveAsAsync(stream, sheets, cancellationToken: ct);
        return new PrintedDocument(FileNames.Of(messages["Print.FileName.SummaryTables", figures.Campaign.Name], ".xlsx"), stream.ToArray(), $"year-end-tables-{figures.Campaign.Id}.xlsx");
    }

    /// <summary>Today is the day of printing, for the PDF's metadata only: the report's own date is the campaign's <see cref="ReportByline"/>.</summary>
    private async Task<(YearEndFigures Figures, YearEndComparison? Previous, string Narrative, DateOnly Today)> ComposeAsync(int campaignId, ReportFormat format, CancellationToken ct)
    {
        var figures = await query.GetAsync(campaignId, ct);
        var previousId = await query.PreviousCampaignIdAsync(campaignId, ct);
        var previous = previousId is { } id ? await query.GetComparisonAsync(id, ct) : null;
        var narrative = await narratives.GetAsync(campaignId, format.Culture, ct);
        var filled = NarrativeTemplate.Fill(narrative.Text, SummaryValues.From(figures, format, messages));
        return (figures, previous, filled, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
    }
}
