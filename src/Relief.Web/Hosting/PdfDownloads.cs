using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using Relief.Core.Reports.Printing;

namespace Relief.Web.Hosting;

/// <summary>How every printout leaves the app: one place for the file name, the media type and the caching rules.</summary>
public static class PdfDownloads
{
    /// <summary>
    /// The PDF as an attachment. <c>filename*=UTF-8''…</c> (RFC 5987/6266) carries the Chinese name every current
    /// browser shows; <c>filename=</c> carries a plain ASCII name for the clients that read only that one, instead of
    /// the row of underscores the framework would make of a Chinese name. Names and amounts of households are inside:
    /// never stored by a shared cache or kept by the browser.
    /// </summary>
    public static FileContentResult Pdf(this PageModel page, PrintedDocument printed) => Attachment(page, printed, "application/pdf");

    /// <summary>A Word document (.docx), sent as <see cref="Pdf"/> sends a PDF.</summary>
    public static FileContentResult Word(this PageModel page, PrintedDocument printed) =>
        Attachment(page, printed, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /// <summary>A workbook (.xlsx), sent as <see cref="Pdf"/> sends a PDF.</summary>
    public static FileContentResult Excel(this PageModel page, PrintedDocument printed) =>
        Attachment(page, printed, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static FileContentResult Attachment(PageModel page, PrintedDocument printed, string mediaType)
    {
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = printed.AsciiFileName, FileNameStar = printed.FileName };
        page.Response.Headers.ContentDisposition = disposition.ToString();
        page.Response.Headers.CacheControl = "no-store";
        return page.File(printed.Content, mediaType);
    }
}
