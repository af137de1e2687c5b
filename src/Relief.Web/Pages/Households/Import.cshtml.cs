using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Relief.Core;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households.Import;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Households;

/// <summary>
/// 从 Excel 导入: download the template; upload, see every problem by row and column; confirm a clean preview,
/// which files all rows or none. The upload waits between preview and confirm in <see cref="ImportUploads"/>.
/// </summary>
[Authorize(Policy = Policies.Edit)]
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
[ImportTooLarge(UploadLimit)]
public sealed class ImportModel(
    HouseholdImportService importer,
    ICurrentUser user,
    IOptions<DatabaseOptions> databaseOptions,
    IWebHostEnvironment environment,
    IStringLocalizer<HouseholdsResource> text,
    IStringLocalizer<CoreMessages> messages) : PageModel
{
    /// <summary>The sheet may be up to <see cref="ExcelUpload.MaxBytes"/>; the rest is room for the form around it.</summary>
    public const long UploadLimit = ExcelUpload.MaxBytes + (1024 * 1024);
    public const int MaxMegabytes = (int)(ExcelUpload.MaxBytes / 1024 / 1024);
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly ImportUploads _uploads = new(databaseOptions, environment);

    public ImportPreview? Preview { get; private set; }
    public string? FileName { get; private set; }

    public void OnGet(bool tooLarge)
    {
        if (tooLarge) ModelState.AddModelError("Upload", TooLargeMessage);
    }

    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken ct)
    {
        var buffer = new MemoryStream();
        await HouseholdImportService.WriteTemplateAsync(buffer, ct);
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
            if (Preview.IsClean) _uploads.Keep(UserKey, temporary, Preview.Fingerprint);
        }
        finally
        {
            ImportUploads.DeleteTemporary(temporary);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string? fingerprint, CancellationToken ct)
    {
        HouseholdImportResult result;
        await using (var stream = _uploads.Open(UserKey, fingerprint ?? ""))
        {
            if (stream is null)
            {
                ModelState.AddModelError("Upload", text["Import.Expired"]);
                return Page();
            }
            result = await importer.ImportAsync(stream, fingerprint!, ct);
        }
        _uploads.Delete(UserKey, fingerprint!);
        if (result.Succeeded)
        {
            TempData["Status"] = text["Import.Done", result.Imported].Value;
            return RedirectToPage("Index");
        }
        Preview = result.Preview;
        return Page();
    }

    private string TooLargeMessage => messages["Import.TooLarge", MaxMegabytes];

    private string UserKey => user.UserId ?? "";
}
