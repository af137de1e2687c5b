using Microsoft.Extensions.Options;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Attachments;

namespace Relief.Web.Hosting;

/// <summary>
/// Runs the orphan sweep (<see cref="AttachmentSweeper"/>) every <see cref="AttachmentOptions.SweepIntervalMinutes"/>,
/// as the system, since a file is an orphan only when no unit's record points at it. The first run waits one interval:
/// start-up stays quick, and the files of an upload that was saving when the app stopped are not yet past their grace.
/// Sweeping twice does nothing more, so several nodes sharing the store may all run it.
/// </summary>
public sealed partial class AttachmentSweepRunner(
    IServiceScopeFactory scopes, IOptions<AttachmentOptions> options, TimeProvider clock, ILogger<AttachmentSweepRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(options.Value.SweepIntervalMinutes);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await SweepAsync(stoppingToken);
        }
    }

    /// <summary>One run; a failure is logged and retried at the next run, never stops the app.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateSystemScope("sweeping orphaned attachment files");
            return await scope.ServiceProvider.GetRequiredService<AttachmentSweeper>().SweepAsync(ct);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(logger, exception);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping orphaned attachment files failed; the next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
