using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.BankPayments;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Notices;
using Relief.Core.Features.Visits;

namespace Relief.Core.Reports.Printing;

/// <summary>
/// The printouts as PDFs: the public notice, a unit's sign-off sheet and the condolence letters. Each reads its
/// records through the feature's own service (so scope, masking and 404 outside scope are theirs) and names its file.
/// </summary>
public sealed class PrintoutService(
    ReliefDbContext db,
    CampaignAccess access,
    NoticeService notices,
    DisbursementService disbursements,
    LetterService letters,
    PaymentBatchService batches,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock,
    ILogger<PrintoutService> logger)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>公示: e.g. 2021年元旦春节送温暖帮扶对象公示（第一批）.pdf, named after the notice's own title.</summary>
    public async Task<PrintedDocument> NoticeAsync(int noticeId, ReportFormat format, CancellationToken ct = default)
    {
        var notice = await notices.GetAsync(noticeId, ct);
        var hotline = await db.HotlineOfAsync(notice.CampaignId, ct);
        var bytes = new NoticeDocument(notice, hotline, format, messages).Build().GeneratePdf(logger: logger);
        return new PrintedDocument(FileNames.Pdf(messages["Print.FileName.Notice", notice.Title]), bytes, $"notice-{notice.Id}.pdf");
    }

    /// <summary>签领表 of one unit: e.g. 2021年元旦春节送温暖活动丽水供电分工会签领表.pdf.</summary>
    public async Task<PrintedDocument> SignOffSheetAsync(int campaignId, int orgUnitId, ReportFormat format, CancellationToken ct = default)
    {
        var sheet = await disbursements.SignOffSheetAsync(campaignId, orgUnitId, ct);
        var bytes = new SignOffSheetDocument(sheet, Today, format, messages).Build().GeneratePdf(logger: logger);
        return new PrintedDocument(FileNames.Pdf(messages["Print.FileName.SignOff", sheet.CampaignName, sheet.UnitName]), bytes,
            $"sign-off-sheet-{sheet.CampaignId}-{sheet.OrgUnitId}.pdf");
    }

    /// <summary>付款审批单 of a bank payment batch: e.g. 付款审批单-代发批次12.pdf.</summary>
    public async Task<PrintedDocument> PaymentCoverSheetAsync(int batchId, ReportFormat format, CancellationToken ct = default)
    {
        var sheet = await batches.CoverSheetAsync(batchId, ct);
        var bytes = new PaymentCoverSheetDocument(sheet, Today, format, messages).Build().GeneratePdf(logger: logger);
        return new PrintedDocument(FileNames.Pdf(messages["Print.FileName.Cover", sheet.BatchId]), bytes, $"payment-approval-{sheet.BatchId}.pdf");
    }

    /// <summary>The letters to the chosen households in scope, one per page, dated <paramref name="date"/>; null when none is in scope.</summary>
    public async Task<PrintedDocument?> LettersAsync(int campaignId, IEnumerable<int> householdIds, DateOnly date, ReportFormat format, CancellationToken ct = default)
    {
        var merged = await letters.RenderAsync(campaignId, householdIds, date, ct);
        if (merged.Count == 0) return null;
        var campaign = await access.FindAsync(campaignId, ct);
        var bytes = new CondolenceLettersDocument(campaign.Name, merged, format, messages).Build().GeneratePdf(logger: logger);
        return new PrintedDocument(FileNames.Pdf(messages["Print.FileName.Letters", campaign.Name]), bytes, $"letters-{campaign.Id}.pdf");
    }

    /// <summary>What the campaign has to print for this reader: posted or closed notices in scope, and units in scope with a sign-off sheet.</summary>
    public async Task<CampaignPrintouts> CatalogAsync(int campaignId, CancellationToken ct = default)
    {
        var campaign = await access.FindAsync(campaignId, ct);
        var posted = await db.PublicNotices.AsNoTracking()
            .Where(n => n.CampaignId == campaign.Id && n.Status != NoticeStatus.Draft)
            .OrderBy(n => n.PostedOn).ThenBy(n => n.Id)
            .Select(n => new CampaignPrintouts.NoticeEntry(n.Id, n.Title, n.PostedOn, n.Status))
            .ToListAsync(ct);
        var sheets = await disbursements.OnSignOffSheets(campaign.Id)
            .GroupBy(g => new { g.OrgUnitId, g.OrgUnit!.Name, g.OrgUnit.Path })
            .Select(g => new { g.Key.OrgUnitId, g.Key.Name, g.Key.Path, Lines = g.Count() })
            .ToListAsync(ct);
        return new CampaignPrintouts(campaign.Id, campaign.Name, posted,
            sheets.OrderBy(s => s.Path, StringComparer.Ordinal).Select(s => new CampaignPrintouts.SignOffEntry(s.OrgUnitId, s.Name, s.Lines)).ToList());
    }
}
