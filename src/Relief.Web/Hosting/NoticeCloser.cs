using Relief.Core.Features.Administration;
using Relief.Core.Features.Notices;

namespace Relief.Web.Hosting;

/// <summary>
/// Closes every notice whose period has ended with no objection open (its grants become payable): once at start-up,
/// before the app takes requests, then every day just after midnight. It runs outside any request, as the system
/// (<see cref="SystemActor"/>, whole tree).
/// Closing twice does nothing, so several instances may run it.
/// </summary>
public sealed partial class NoticeCloser(IServiceScopeFactory scopes, TimeProvider clock, ILogger<NoticeCloser> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await CloseEndedAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetLocalNow();
            var nextRun = new DateTimeOffset(now.Date.AddDays(1).AddMinutes(5), now.Offset);
            try
            {
                await Task.Delay(nextRun - now, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await CloseEndedAsync(stoppingToken);
        }
    }

    /// <summary>One run; a failure is logged and retried at the next run, never stops the app.</summary>
    public async Task<int> CloseEndedAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateSystemScope("closing ended notices");
            var notices = scope.ServiceProvider.GetRequiredService<NoticeService>();
            var closed = await notices.CloseEndedNoticesAsync(notices.Today, ct);
            if (closed > 0) LogClosed(logger, closed);
            return closed;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(logger, exception);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} public notices whose period had ended")]
    private static partial void LogClosed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing ended public notices failed; the next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
