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

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    /// <summary>
    /// A failed request of another method (a PUT answered 405) comes back here as that method, which no handler
    /// takes: the page describes it all the same. [NonHandler]: Razor Pages would otherwise read the override as a
    /// handler (for a method "Page"), and the unknown-handler filter would answer every GET of the page with 404.
    /// </summary>
    [NonHandler]
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        if (context.HandlerMethod is null) Describe(int.TryParse(Request.Query["code"], out var code) ? code : null);
    }

    private void Describe(int? code)
    {
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        Code = code ?? (failed ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK);
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (failed) Response.StatusCode = StatusCodes.Status500InternalServerError;
    }
}
