using System.Globalization;
using Relief.Core.Data;

namespace Relief.Core.Features.Administration.Backups;

/// <summary>
/// The audit log's record of backups people take and download: a backup holds every ID number and every file of the
/// union, so who took one out is a question the log must answer. Tied to no unit (an administrator's matter).
/// </summary>
public sealed class BackupAuditLog(ReliefDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The audit log's entity name for backups.</summary>
    public const string Entity = "Backup";

    public Task RecordTakenAsync(BackupFile backup, CancellationToken ct) => RecordAsync(backup, AuditAction.Insert, "taken", ct);

    public Task RecordDownloadedAsync(BackupFile backup, CancellationToken ct) => RecordAsync(backup, AuditAction.Access, "downloaded", ct);

    private async Task RecordAsync(BackupFile backup, AuditAction action, string what, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = user.UserId,
            UserName = user.UserName,
            Entity = Entity,
            EntityKey = backup.Name,
            Action = action,
            NewValues = AuditInterceptor.Serialize(new Dictionary<string, object?>
            {
                ["Backup"] = what,
                ["Bytes"] = backup.Bytes,
                ["TakenAtUtc"] = backup.TakenAtUtc.ToString("O", CultureInfo.InvariantCulture),
            }),
        });
        await db.SaveChangesAsync(ct);
    }
}
