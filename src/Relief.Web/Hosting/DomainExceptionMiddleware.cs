using Relief.Core.Common;

namespace Relief.Web.Hosting;

/// <summary>
/// Turns the services' "not yours to see" answers into HTTP: a record outside the user's scope (or absent) is a 404,
/// an action the role may not take is a 403. The status code pages then show the friendly error page.
/// </summary>
public sealed class DomainExceptionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (NotFoundException) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
        catch (UnauthorizedAccessException) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }
    }
}
