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
        if (context.HandlerMethod is not null) return;
        var http = context.HttpContext;
        // The error page re-executed for another failure answers with whatever method the failed request used.
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null) return;
        var method = http.Request.Method;
        var handlers = context.ActionDescriptor.HandlerMethods;
        var reading = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        // A page without handlers only shows itself.
        if (handlers.Count == 0 && reading) return;
        var methodHandled = handlers.Any(h => string.Equals(h.HttpMethod, reading ? HttpMethods.Get : method, StringComparison.OrdinalIgnoreCase));
        context.Result = methodHandled ? new NotFoundResult() : new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
