using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Relief.Core.Common;
using Relief.Core.Features.BankPayments;
using Relief.Core.Reports.Printing;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.BankPayments;

/// <summary>
/// One payment batch: its lines; approve (chair), drop (before it is sent), the cover sheet 付款审批单, the bank file
/// (the first export sends it), and the bank's result file with its report. Every rule is the services'.
/// </summary>
[Authorize(Policy = Policies.Read)]
[RequestSizeLimit(MaxResultBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxResultBytes)]
public sealed class DetailsModel(
    PaymentBatchService batches,
    BankResultImport results,
    BankFileLayoutService layouts,
    PrintoutService printouts,
    IStringLocalizer<BankPaymentsResource> text) : PageModel
{
    /// <summary>The largest result file taken: a 10,000-line result is well under 2 MB.</summary>
    public const long MaxResultBytes = 20 * 1024 * 1024;

    public PaymentBatchDetail Batch { get; private set; } = null!;
    public IReadOnlyList<BankFileLayoutListItem> Layouts { get; private set; } = [];
    public BankResultReport? Report { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public int? LayoutId { get; set; }

    [BindProperty]
    public IFormFile? ResultFile { get; set; }

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct) =>
        await AfterAsync(id, await batches.ApproveAsync(id, Version, ct), text["Details.Approved"], ct);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var result = await batches.DeleteAsync(id, Version, ct);
        if (!result.Succeeded) return await ShowAsync(id, result.Validation.Errors.Select(e => e.ErrorMessage), ct);
        TempData["Status"] = text["Details.Deleted", id].Value;
        return RedirectToPage("Index");
    }

    /// <summary>The bank file: the first download sends the batch (and fixes its layout); every download is audited.</summary>
    public async Task<IActionResult> OnPostExportAsync(int id, CancellationToken ct)
    {
        var result = await batches.ExportAsync(id, LayoutId, ct);
        if (!result.Succeeded) return await ShowAsync(id, result.Validation.Errors.Select(e => e.ErrorMessage), ct);
        var file = result.Value!;
        var disposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"payment-batch-{id.ToString(CultureInfo.InvariantCulture)}{Path.GetExtension(file.FileName)}", FileNameStar = file.FileName,
        };
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, file.ContentType);
    }

    /// <summary>付款审批单 as a PDF, for the chair's and finance's signatures.</summary>
    public async Task<IActionResult> OnGetCoverAsync(int id, CancellationToken ct) =>
        this.Pdf(await printouts.PaymentCoverSheetAsync(id, ReportFormat.Current, ct));

    public async Task<IActionResult> OnPostResultAsync(int id, CancellationToken ct)
    {
        if (ResultFile is null || ResultFile.Length == 0) return await ShowAsync(id, [text["Details.NoFile"]], ct);
        using var buffer = new MemoryStream();
        await ResultFile.CopyToAsync(buffer, ct);
        var result = await results.ImportAsync(id, buffer.ToArray(), ct);
        if (!result.Succeeded) return await ShowAsync(id, result.Validation.Errors.Select(e => e.ErrorMessage), ct);
        Report = result.Value;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<IActionResult> AfterAsync(int id, ServiceResult<int> result, string done, CancellationToken ct)
    {
        if (!result.Succeeded) return await ShowAsync(id, result.Validation.Errors.Select(e => e.ErrorMessage), ct);
        TempData["Status"] = done;
        return RedirectToPage("Details", new { id });
    }

    private async Task<IActionResult> ShowAsync(int id, IEnumerable<string> errors, CancellationToken ct)
    {
        Errors = errors.ToList();
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Batch = await batches.GetAsync(id, ct);
        Layouts = await layouts.ListAsync(ct);
    }
}
