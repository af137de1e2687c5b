using Relief.Core.Common.Settings;
using Relief.Core.Features.Administration.Backups;

namespace Relief.Web.Hosting.Backups;

public static class BackupSetup
{
    /// <summary>SQLite backups on a schedule, the admin page's service, the restore command's, and the lock that keeps a restore from a running app.</summary>
    public static IServiceCollection AddReliefBackups(this IServiceCollection services)
    {
        services.AddSettings<BackupOptions>(BackupOptions.Section);
        services.AddSingleton<BackupService>();
        services.AddSingleton<BackupRestorer>();
        services.AddSingleton<SqliteInUseLock>();
        services.AddScoped<BackupAuditLog>();
        services.AddHostedService<BackupScheduler>();
        return services;
    }
}
