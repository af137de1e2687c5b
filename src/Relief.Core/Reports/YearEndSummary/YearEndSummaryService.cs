using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Relief.Core.Features.Administration;
using Relief.Core.Reports.Printing;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>Puts the figures, the previous campaign's figures and the union's narrative together into the PDF.</summary>
public sealed class YearEndSummaryService(
    YearEndQuery query, NarrativeService narratives, ICurrentUser user, IStringLocalizer<CoreMessages> messages,
    TimeProvider clock, ILogger<YearEndSummaryService> logger)
{
    public async Task<PrintedDocument> RenderAsync(int campaignId, ReportFormat format, CancellationToken ct = default)
    {
        var figures = await query.GetAsync(campaignId, ct);
        var previousId = await query.PreviousCampaignIdAsync(campaignId, ct);
        var previous = previousId is { } id ? await query.GetComparisonAsync(id, ct) : null;
        var narrative = await narratives.GetAsync(campaignId, format.Culture, ct);
        var filled = NarrativeTemplate.Fill(narrative.Text, SummaryValues.From(figures, format, messages));
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

        var document = new YearEndSummaryDocument(figures, previous, filled, user.UserName ?? "", today, format, messages);
        var bytes = document.Build().GeneratePdf(logger: logger);
        return new PrintedDocument(FileNames.Pdf(messages["Print.FileName.Summary", figures.Campaign.Name]), bytes, $"year-end-summary-{figures.Campaign.Id}.pdf");
    }
}
