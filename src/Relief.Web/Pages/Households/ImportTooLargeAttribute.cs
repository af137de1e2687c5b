using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Relief.Web.Pages.Households;

/// <summary>
/// An upload far over the limit is cut off by the server before the page sees it, and the form (with its antiforgery
/// token) cannot be read: that would be a bare 400. Instead the import page is shown again with a clear message.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ImportTooLargeAttribute(long limit) : Attribute, IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is BadRequestResult && context.HttpContext.Request.ContentLength > limit)
            context.Result = new RedirectToPageResult("/Households/Import", new { tooLarge = true });
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
