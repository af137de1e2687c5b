using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Relief.Core;
using Relief.Core.Features.Attachments;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Attachments;

/// <summary>
/// Receives papers and photos for a household file, an application or a visit. The page's script sends one file per
/// request with a client-made id and reads a JSON answer; without script the form posts all files at once and the
/// user comes back to the record with a message. GET shows the form alone (the record's gallery has it too).
/// </summary>
[Authorize(Policy = Policies.Edit)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class UploadModel(
    AttachmentService attachments,
    IOptions<AttachmentOptions> options,
    IStringLocalizer<AttachmentsResource> text,
    IStringLocalizer<CoreMessages> messages) : PageModel
{
    /// <summary>Several phone photos posted at once without script; each file is still held to the per-file limit.</summary>
    private const long RequestLimit = 256L * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public AttachmentOwnerKind OwnerKind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int OwnerId { get; set; }

    [BindProperty]
    public UploadForm Form { get; set; } = new();

    public AttachmentOwner Owner => new(OwnerKind, OwnerId);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken ct)
    {
        var wantsJson = Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.Ordinal) == true);
        if (files.Count == 0) return Answer(wantsJson, [text["Attachments.NoFile"]], 0);
        var problems = new List<string>();
        var stored = 0;
        AttachmentUploaded? last = null;
        foreach (var file in files)
        {
            var outcome = await UploadOneAsync(file, ct);
            if (outcome.Problem is { } problem) problems.Add(files.Count > 1 ? $"{file.FileName}: {problem}" : problem);
            else (last, stored) = (outcome.Uploaded, stored + 1);
        }
        if (wantsJson)
        {
            return problems.Count == 0
                ? new JsonResult(new { id = last!.Id, alreadyThere = last.AlreadyThere })
                : new JsonResult(new { error = string.Join(" ", problems) }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }
        return Answer(wantsJson, problems, stored);
    }

    private async Task<(AttachmentUploaded? Uploaded, string? Problem)> UploadOneAsync(IFormFile file, CancellationToken ct)
    {
        // Refused before a byte is read: the message is the one the service gives for the same file.
        if (file.Length > options.Value.MaxFileBytes) return (null, messages[$"Attachment.Refused.{IntakeProblem.TooLarge}", options.Value.MaxFileMegabytes]);
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var result = await attachments.UploadAsync(new AttachmentUpload
        {
            OwnerKind = OwnerKind,
            OwnerId = OwnerId,
            KindId = Form.KindId,
            DocumentDate = Form.DocumentDate,
            Note = Form.Note,
            FileName = file.FileName,
            ClientUploadId = Form.ClientUploadId,
            Content = buffer.ToArray(),
        }, ct);
        return result.Succeeded ? (result.Value, null) : (null, string.Join(" ", result.Validation.Errors.Select(e => e.ErrorMessage)));
    }

    private IActionResult Answer(bool wantsJson, List<string> problems, int stored)
    {
        if (wantsJson) return new JsonResult(new { error = string.Join(" ", problems) }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
        if (problems.Count > 0)
        {
            foreach (var problem in problems) ModelState.AddModelError("", problem);
            return Page();
        }
        TempData["Status"] = text["Attachments.UploadedCount", stored].Value;
        return Redirect(AttachmentLinks.OwnerUrl(Url, Owner));
    }
}
