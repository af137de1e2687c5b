namespace Relief.Web.Hosting.Backups;

/// <summary>
/// Takes a backup at <see cref="BackupOptions.TimeOfDay"/> in the union's time zone and every
/// <see cref="BackupOptions.IntervalHours"/> after, while the app runs on SQLite. A failed backup is logged and the next
/// one comes at its time; it never stops the app.
/// </summary>
public sealed partial class BackupScheduler(BackupService backups, TimeProvider clock, ILogger<BackupScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!backups.IsAvailable || !backups.Settings.Enabled)
        {
            LogNotScheduled(logger, backups.IsAvailable ? "Backups:Enabled is false" : "the database is a server's: back it up with the server's tools (docs/operations.md)");
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetLocalNow();
            try
            {
                await Task.Delay(backups.NextScheduled(now) - now, clock, stoppingToken);
                await backups.TakeAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No scheduled backups: {Reason}")]
    private static partial void LogNotScheduled(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The scheduled backup failed; the next one runs at its time")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
