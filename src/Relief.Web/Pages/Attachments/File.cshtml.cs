using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using Relief.Core.Features.Attachments;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Attachments;

/// <summary>
/// Sends an attachment's thumbnail, full image or PDF (shown in the browser), or offers it as a download. Every answer
/// is audited by the service before the bytes go out. The bytes are sent with their checked type and nothing is
/// sniffed; the page's own security headers stay, except that a PDF may be shown by the browser's viewer.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class FileModel(AttachmentService attachments) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, AttachmentVariant variant, CancellationToken ct)
    {
        var content = await attachments.OpenAsync(id, variant, ct);
        // Private: the bytes are a household's papers. Short: a withdrawn paper should not linger in a browser.
        Response.Headers.CacheControl = "private, max-age=300";
        if (content.MediaType == "application/pdf" && variant != AttachmentVariant.Thumbnail)
            Response.Headers.ContentSecurityPolicy = "default-src 'none'; object-src 'self'; frame-ancestors 'none'";
        var disposition = new ContentDispositionHeaderValue(variant == AttachmentVariant.Download ? "attachment" : "inline");
        disposition.SetHttpFileName(content.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        return new FileStreamResult(content.Content, content.MediaType) { EntityTag = new EntityTagHeaderValue($"\"{content.ContentHash}\"") };
    }
}
