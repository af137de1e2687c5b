using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Relief.Web.Hosting;

/// <summary>
/// A request no handler of the page answers (<c>?handler=Nope</c>, a POST to a page that only shows itself) gets a
/// 404 or 405 instead of the page rendered without its handler, whose empty model made the view throw (a 500).
/// Registered once for every page, so a new page cannot forget it.
/// </summary>
public sealed class UnknownHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var http = context.HttpContext;
        var requested = RequestedHandler(context);
        // Razor Pages falls back to the unnamed OnGet/OnPost when the named handler does not exist: ?handler=Nope would
        // show the page, or run its plain post (a sign-out), as if the name had not been given.
        if (context.HandlerMethod is { } selected && (requested is null || string.Equals(selected.Name, requested, StringComparison.OrdinalIgnoreCase))) return;
        // The error page re-executed for another failure answers with whatever method the failed request used.
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null) return;
        var method = http.Request.Method;
        var handlers = context.ActionDescriptor.HandlerMethods;
        var reading = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        // A page without handlers only shows itself.
        if (handlers.Count == 0 && reading && requested is null) return;
        var named = handlers.Where(h => requested is null ? h.Name is null : string.Equals(h.Name, requested, StringComparison.OrdinalIgnoreCase)).ToList();
        var methodHandled = named.Count == 0 || named.Any(h => string.Equals(h.HttpMethod, reading ? HttpMethods.Get : method, StringComparison.OrdinalIgnoreCase));
        context.Result = methodHandled ? new NotFoundResult() : new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    /// <summary>The handler name the request asks for, where Razor Pages looks for it: the route, then the query.</summary>
    private static string? RequestedHandler(PageHandlerExecutingContext context)
    {
        var name = Convert.ToString(context.RouteData.Values["handler"], System.Globalization.CultureInfo.InvariantCulture);
        if (string.IsNullOrEmpty(name)) name = context.HttpContext.Request.Query["handler"].FirstOrDefault();
        return string.IsNullOrEmpty(name) ? null : name;
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
