using System.Globalization;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Features.Households.Import;

namespace Relief.Web.Hosting;

/// <summary>
/// Runs confirmed household imports one at a time, outside the request that confirmed them, so an import goes on when
/// its user leaves the page. Each runs as the user who confirmed it: the runner gives the import's flow a stand-in
/// request context holding that user's identity (the current user, the scope filters and the audit read it from
/// there), and their language for the messages. All or nothing still holds: the import's one transaction either
/// commits or is rolled back, also when the app stops mid-way.
/// </summary>
public sealed partial class HouseholdImportRunner(
    HouseholdImportQueue queue,
    IServiceScopeFactory scopes,
    IHttpContextAccessor accessor,
    ILogger<HouseholdImportRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in queue.ReadAllAsync(stoppingToken))
                await RunAsync(job, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: jobs still queued are lost with this node's memory; their users upload again.
        }
    }

    public async Task RunAsync(ImportJob job, CancellationToken ct)
    {
        var file = job.TakeFile();
        CultureInfo.CurrentCulture = job.Culture;
        CultureInfo.CurrentUICulture = job.Culture;
        await using var scope = scopes.CreateAsyncScope();
        accessor.HttpContext = new DefaultHttpContext { User = job.User, RequestServices = scope.ServiceProvider };
        var messages = scope.ServiceProvider.GetRequiredService<IStringLocalizer<CoreMessages>>();
        try
        {
            var importer = scope.ServiceProvider.GetRequiredService<HouseholdImportService>();
            var result = await importer.ImportAsync(new MemoryStream(file, writable: false), job.Fingerprint, job.Progress, ct);
            job.Finish(result);
            LogFinished(logger, job.Id, job.OrgUnitId, result.Imported);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            job.Fail(messages["Import.Interrupted"]);
            throw;
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception, job.Id, job.OrgUnitId);
            job.Fail(messages["Import.JobFailed"]);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Household import {JobId} for unit {OrgUnitId} finished: {Imported} files opened")]
    private static partial void LogFinished(ILogger logger, Guid jobId, int orgUnitId, int imported);

    [LoggerMessage(Level = LogLevel.Error, Message = "Household import {JobId} for unit {OrgUnitId} failed; nothing was saved")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId, int orgUnitId);
}
