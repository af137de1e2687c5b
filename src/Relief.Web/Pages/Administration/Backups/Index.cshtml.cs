using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Administration.Backups;
using Relief.Web.Hosting;
using Relief.Web.Hosting.Backups;

namespace Relief.Web.Pages.Administration.Backups;

/// <summary>The backups of a SQLite installation: list, take one now, download one. Taking and downloading are audited.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed partial class IndexModel(BackupService backups, BackupAuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer, ILogger<IndexModel> logger) : PageModel
{
    public bool IsAvailable => backups.IsAvailable;
    public BackupOptions Settings => backups.Settings;
    public string Folder => backups.Folder;
    public IReadOnlyList<BackupFile> Backups { get; private set; } = [];
    public DateTimeOffset? NextScheduled { get; private set; }

    [TempData]
    public string? Problem { get; set; }

    public void OnGet()
    {
        if (!IsAvailable) return;
        Backups = backups.List();
        if (Settings.Enabled) NextScheduled = backups.NextScheduled(clock.GetLocalNow());
    }

    public async Task<IActionResult> OnPostBackupAsync(CancellationToken ct)
    {
        if (!IsAvailable)
        {
            Problem = localizer["Backups.NotAvailable"].Value;
            return RedirectToPage();
        }
        try
        {
            var backup = await backups.TakeAsync(ct);
            await audit.RecordTakenAsync(backup, ct);
            TempData["Status"] = localizer["Backups.Taken", backup.Name].Value;
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            LogFailed(logger, exception);
            Problem = localizer["Backups.Failed", exception.Message].Value;
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetDownloadAsync(string? name, CancellationToken ct)
    {
        if (backups.Find(name) is not { } backup) return NotFound();
        await audit.RecordDownloadedAsync(backup, ct);
        return PhysicalFile(backups.PathOf(backup), "application/zip", backup.Name);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A backup asked for on the admin page failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
