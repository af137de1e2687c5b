using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Relief.Web.Pages;

/// <summary>The friendly page for unhandled errors and for 403/404 answers; never shows a stack trace.</summary>
[AllowAnonymous]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string? RequestId { get; private set; }

    /// <summary>
    /// Whatever the method of the request that failed (a PUT answered 405 comes back here as a PUT), the page
    /// describes it: no handler method is needed for that. [NonHandler]: Razor Pages would otherwise read this override
    /// as a handler named "HandlerSelected" for a method "Page", and a page with handlers but none for GET answers 404
    /// (<see cref="Hosting.UnknownHandlerFilter"/>) when visited directly.
    /// </summary>
    [NonHandler]
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        int? code = int.TryParse(Request.Query["code"], out var parsed) ? parsed : null;
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        Code = code ?? (failed ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK);
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (failed) Response.StatusCode = StatusCodes.Status500InternalServerError;
    }
}
