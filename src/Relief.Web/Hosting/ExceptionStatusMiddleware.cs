using Relief.Core.Common;

namespace Relief.Web.Hosting;

/// <summary>
/// Turns the exceptions that are answers, not faults, into HTTP status codes before the request log sees them:
/// a record outside the user's scope (or absent) is a 404, an action the role may not take is a 403 (the status code
/// pages then show the friendly error page), and a request the client abandoned (a closed tab, a load tool's
/// time-out) is a 499, logged as information instead of a 500 error.
/// </summary>
public sealed class ExceptionStatusMiddleware(RequestDelegate next, ILogger<ExceptionStatusMiddleware> logger)
{
    /// <summary>"Client closed request": the status proxies log for a client that left before the answer.</summary>
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (NotFoundException) when (!context.Response.HasStarted)
        {
            Answer(context, StatusCodes.Status404NotFound);
        }
        catch (UnauthorizedAccessException) when (!context.Response.HasStarted)
        {
            Answer(context, StatusCodes.Status403Forbidden);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            logger.LogInformation("The client left before {Method} {Path} was answered", context.Request.Method, context.Request.Path);
            if (!context.Response.HasStarted) Answer(context, ClientClosedRequest);
        }
    }

    private static void Answer(HttpContext context, int statusCode)
    {
        context.Response.Clear();
        context.Response.StatusCode = statusCode;
    }
}
