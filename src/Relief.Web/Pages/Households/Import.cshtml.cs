using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Relief.Core.Common;
using Relief.Core;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households.Import;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Households;

/// <summary>
/// 从 Excel 导入: download the template; upload and see the counts and the first problems by row and column (all of
/// them as a download); confirm a clean preview, which queues the import to run in the background (all rows or none)
/// and shows its progress. The upload waits between preview and confirm in <see cref="ImportUploads"/>.
/// </summary>
[Authorize(Policy = Policies.Edit)]
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
[ImportTooLarge(UploadLimit)]
public sealed class ImportModel(
    HouseholdImportService importer,
    HouseholdImportQueue queue,
    ICurrentUser user,
    IOptions<DatabaseOptions> databaseOptions,
    IWebHostEnvironment environment,
    TimeProvider clock,
    IStringLocalizer<HouseholdsResource> text,
    IStringLocalizer<CoreMessages> messages) : PageModel
{
    /// <summary>The sheet may be up to <see cref="ExcelUpload.MaxBytes"/>; the rest is room for the form around it.</summary>
    public const long UploadLimit = ExcelUpload.MaxBytes + (1024 * 1024);
    public const int MaxMegabytes = (int)(ExcelUpload.MaxBytes / 1024 / 1024);
    /// <summary>How many problems and rows the page lists: enough to see what is wrong, a page of bounded size whatever the file holds.</summary>
    public const int ListedOnPage = 100;
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly ImportUploads _uploads = new(databaseOptions, environment);

    public ImportPreview? Preview { get; private set; }
    public string? FileName { get; private set; }
    public ImportJob? Job { get; private set; }
    public ImportJobView? JobView { get; private set; }

    /// <summary>The page; with <paramref name="job"/> (or while the unit has one under way) the import's progress or outcome.</summary>
    public IActionResult OnGet(bool tooLarge, Guid? job)
    {
        if (tooLarge) ModelState.AddModelError("Upload", TooLargeMessage);
        var shown = job is { } id ? FindJob(id) : user.OrgUnitId is { } unit ? queue.ActiveFor(unit) : null;
        if (job is not null && shown is null) return NotFound();
        ShowJob(shown);
        return Page();
    }

    /// <summary>The progress the page's script polls.</summary>
    public IActionResult OnGetProgress(Guid job) =>
        FindJob(job) is { } found ? new JsonResult(ImportJobView.From(found, text)) : NotFound();

    public IActionResult OnGetTemplate()
    {
        var buffer = new MemoryStream();
        HouseholdImportService.WriteTemplate(buffer);
        buffer.Position = 0;
        return File(buffer, XlsxContentType, text["Import.TemplateFileName"].Value);
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, CancellationToken ct)
    {
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError("Upload", upload is null ? text["Import.ChooseFile"] : messages["Import.EmptyFile"]);
            return Page();
        }
        if (upload.Length > ExcelUpload.MaxBytes)
        {
            ModelState.AddModelError("Upload", TooLargeMessage);
            return Page();
        }
        FileName = Path.GetFileName(upload.FileName);
        var temporary = await _uploads.SaveTemporaryAsync(UserKey, upload.OpenReadStream(), ct);
        try
        {
            await using (var stream = System.IO.File.OpenRead(temporary))
            {
                Preview = await importer.PreviewAsync(stream, ct);
            }
            // Kept also when it has problems: the full list is written from it on request.
            if (ImportUploads.IsFingerprint(Preview.Fingerprint)) _uploads.Keep(UserKey, temporary, Preview.Fingerprint);
        }
        finally
        {
            ImportUploads.DeleteTemporary(temporary);
        }
        return Page();
    }

    /// <summary>Every problem of a previewed file, as .xlsx: the file is checked again, so the list is current.</summary>
    /// <summary>With <paramref name="job"/>, the problems that stopped that import (its upload is gone by then).</summary>
    public async Task<IActionResult> OnGetProblemsAsync(string? fingerprint, Guid? job, CancellationToken ct)
    {
        ImportPreview preview;
        if (job is { } id)
        {
            if (FindJob(id)?.Result?.Preview is not { } stopped) return NotFound();
            preview = stopped;
        }
        else
        {
            await using var stream = _uploads.Open(UserKey, fingerprint ?? "");
            if (stream is null) return NotFound();
            preview = await importer.PreviewAsync(stream, ct);
        }
        var file = new MemoryStream();
        importer.WriteProblems(preview, file);
        file.Position = 0;
        return File(file, XlsxContentType, text["Import.ProblemsFileName"].Value);
    }

    public async Task<IActionResult> OnPostImportAsync(string? fingerprint, string? fileName, CancellationToken ct)
    {
        byte[] file;
        await using (var stream = _uploads.Open(UserKey, fingerprint ?? ""))
        {
            if (stream is null || user.OrgUnitId is not { } unitId)
            {
                ModelState.AddModelError("Upload", text["Import.Expired"]);
                return Page();
            }
            file = new byte[stream.Length];
            await stream.ReadExactlyAsync(file, ct);
            var job = new ImportJob(unitId, User, user.UserName ?? "", ShortFileName(fileName), fingerprint!, file,
                CultureInfo.CurrentUICulture, clock);
            switch (queue.TryEnqueue(job, out var unitsJob))
            {
                case ImportQueueOutcome.UnitBusy:
                    ModelState.AddModelError("Upload", text["Import.UnitBusy", unitsJob!.UserName, Display.Stamp(unitsJob.QueuedAt)]);
                    ShowJob(unitsJob);
                    return Page();
                case ImportQueueOutcome.QueueFull:
                    ModelState.AddModelError("Upload", text["Import.QueueFull"]);
                    return Page();
            }
            _uploads.Delete(UserKey, fingerprint!);
            return RedirectToPage("Import", new { job = job.Id });
        }
    }

    /// <summary>A job of the user's own unit; anyone else's is not found.</summary>
    private ImportJob? FindJob(Guid id) => queue.Find(id) is { } job && job.OrgUnitId == user.OrgUnitId ? job : null;

    private void ShowJob(ImportJob? job)
    {
        Job = job;
        JobView = job is null ? null : ImportJobView.From(job, text);
        if (job?.Result is { Succeeded: false } failed) Preview = failed.Preview;
    }

    private static string ShortFileName(string? name)
    {
        var file = Path.GetFileName(name ?? "").Trim();
        return file.Length > 100 ? file[..100] : file;
    }

    private string TooLargeMessage => messages["Import.TooLarge", MaxMegabytes];

    private string UserKey => user.UserId ?? "";
}
