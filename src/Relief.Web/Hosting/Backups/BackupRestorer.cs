using System.Globalization;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Administration.Backups;
using Relief.Data.Sqlite;
using Relief.Data.Sqlite.Files;

namespace Relief.Web.Hosting.Backups;

/// <summary>
/// Puts a backup back in place of the SQLite database, after checking it: not while an app runs on the database, only a
/// file that passes <c>PRAGMA integrity_check</c>, only a database of this app at a migration level this app knows (an
/// older one is migrated at the next start; a newer one is refused). The database it replaces is kept beside it, renamed
/// with the time (<c>relief.db.replaced-20261207T223000Z</c>), as is each contributor's folder.
/// </summary>
public sealed class BackupRestorer(
    IOptions<DatabaseOptions> database,
    IServiceScopeFactory scopes,
    IEnumerable<IBackupContributor> contributors,
    TimeProvider clock)
{
    public async Task<RestoreResult> RestoreAsync(string backupPath, CancellationToken ct)
    {
        if (database.Value.Provider != SqliteProvider.Name)
            return RestoreResult.Refused($"Database:Provider is {database.Value.Provider}; restore a server's database with its own tools (docs/operations.md).");
        var source = Path.GetFullPath(backupPath);
        if (!File.Exists(source)) return RestoreResult.Refused($"there is no file {source}.");
        string target;
        await using (var scope = scopes.CreateSystemScope("restoring a backup"))
            target = SqliteFiles.DatabasePath(scope.ServiceProvider.GetRequiredService<ReliefDbContext>().Database.GetConnectionString()!);

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var alone = SqliteInUseLock.TryHoldAlone(target);
        if (alone is null)
            return RestoreResult.Refused($"Relief is running on {target} (it holds {SqliteInUseLock.PathFor(target)}). Stop it, then run the restore again.");

        var candidate = $"{target}.restoring-{Guid.NewGuid():N}";
        try
        {
            using var zip = OpenArchive(source);
            if (zip is not null)
            {
                if (zip.GetEntry(BackupNames.DatabaseEntry) is not { } entry)
                    return RestoreResult.Refused($"{source} is a zip without {BackupNames.DatabaseEntry}: not a Relief backup.");
                entry.ExtractToFile(candidate);
            }
            else
            {
                File.Copy(source, candidate);
            }
            if (await CheckAsync(candidate, ct) is { } refusal) return refusal;

            var pending = await PendingMigrationsAsync(candidate, ct);
            SqliteFiles.UseWriteAheadLog(candidate);
            var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            var kept = KeepCurrent(target, stamp);
            File.Move(candidate, target);
            var folders = zip is null ? [] : RestoreFolders(zip, stamp);

            var message = $"Restored {source} into {target}."
                + (kept is null ? " There was no database to replace." : $" The database it replaced is kept as {kept}.")
                + string.Concat(folders.Select(f => $" {f}"))
                + (pending == 0 ? " It is at this version's migration level." : $" {pending} migration(s) of this version will be applied when Relief next starts.");
            return new RestoreResult(true, message);
        }
        finally
        {
            foreach (var left in SqliteFiles.Companions(candidate).Prepend(candidate).Where(File.Exists)) File.Delete(left);
        }
    }

    /// <summary>The backup as a zip, or null when it is a bare database file; a file that is neither is left to the integrity check.</summary>
    private static ZipArchive? OpenArchive(string path)
    {
        if (SqliteFiles.LooksLikeDatabase(path)) return null;
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static async Task<RestoreResult?> CheckAsync(string candidate, CancellationToken ct)
    {
        if (SqliteFiles.IntegrityProblems(candidate) is { Count: > 0 } problems)
            return RestoreResult.Refused("the file fails SQLite's integrity check: " + string.Join("; ", problems.Take(5)));
        await using var db = ContextFor(candidate);
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        if (applied.Count == 0) return RestoreResult.Refused("the database has no migration history (__EFMigrationsHistory): it is not a Relief database.");
        var unknown = applied.Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
            return RestoreResult.Refused($"the backup comes from a newer version of Relief (migrations this version does not have: {string.Join(", ", unknown)}). Restore it with that version or a later one.");
        return null;
    }

    private static async Task<int> PendingMigrationsAsync(string candidate, CancellationToken ct)
    {
        await using var db = ContextFor(candidate);
        return (await db.Database.GetPendingMigrationsAsync(ct)).Count();
    }

    private static ReliefDbContext ContextFor(string path) =>
        new(new DbContextOptionsBuilder<ReliefDbContext>().UseReliefSqlite(SqliteFiles.ConnectionTo(path)).Options, SystemActor.For("checking a backup before a restore"));

    /// <summary>Moves the current database (settled first, so no journal of it is left to be applied to the restored one) and its companions aside.</summary>
    private static string? KeepCurrent(string target, string stamp)
    {
        if (!File.Exists(target)) return null;
        SqliteFiles.Settle(target);
        var kept = $"{target}.replaced-{stamp}";
        File.Move(target, kept);
        foreach (var companion in SqliteFiles.Companions(target).Where(File.Exists))
            File.Move(companion, kept + companion[target.Length..]);
        return kept;
    }

    private List<string> RestoreFolders(ZipArchive zip, string stamp)
    {
        var restored = new List<string>();
        foreach (var contributor in contributors)
        {
            var prefix = contributor.Name + "/";
            var entries = zip.Entries.Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && e.Name.Length > 0).ToList();
            var root = Path.GetFullPath(contributor.Folder);
            string? kept = null;
            if (Directory.Exists(root))
            {
                kept = $"{root.TrimEnd(Path.DirectorySeparatorChar)}.replaced-{stamp}";
                Directory.Move(root, kept);
            }
            Directory.CreateDirectory(root);
            foreach (var entry in entries)
            {
                var path = Path.GetFullPath(Path.Combine(root, entry.FullName[prefix.Length..]));
                // A name with ".." would write outside the store: not from a backup this app wrote.
                if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                entry.ExtractToFile(path);
            }
            restored.Add($"{entries.Count} file(s) of {contributor.Name} restored into {root}" + (kept is null ? "." : $"; the folder it replaced is kept as {kept}."));
        }
        return restored;
    }
}
