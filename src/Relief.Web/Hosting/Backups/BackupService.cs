using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Administration.Backups;
using Relief.Data.Sqlite;
using Relief.Data.Sqlite.Files;

namespace Relief.Web.Hosting.Backups;

/// <summary>
/// SQLite backups: one zip per backup in the backup folder, holding a copy of the database taken with SQLite's online
/// backup API (consistent while the app writes) and the files of every <see cref="IBackupContributor"/>. A backup is
/// built in a work folder beside the finished ones and moved into place whole, so a half-written one is never listed.
/// One backup runs at a time. On a database server it does nothing: the server's own tools back it up.
/// </summary>
public sealed partial class BackupService(
    IOptions<BackupOptions> options,
    IOptions<DatabaseOptions> database,
    IHostEnvironment environment,
    IServiceScopeFactory scopes,
    IEnumerable<IBackupContributor> contributors,
    TimeProvider clock,
    ILogger<BackupService> logger) : IDisposable
{
    private const string WorkPrefix = ".work-";
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Whether the app backs its database up (SQLite); a server's database is backed up with the server's tools.</summary>
    public bool IsAvailable => database.Value.Provider == SqliteProvider.Name;

    public BackupOptions Settings => options.Value;

    /// <summary>The backup folder: <see cref="BackupOptions.Folder"/>, or <c>backups</c> under the data folder.</summary>
    public string Folder { get; } = string.IsNullOrWhiteSpace(options.Value.Folder)
        ? Path.Combine(Path.GetFullPath(database.Value.DataFolder, environment.ContentRootPath), "backups")
        : Path.GetFullPath(options.Value.Folder, environment.ContentRootPath);

    /// <summary>The finished backups, newest first.</summary>
    public IReadOnlyList<BackupFile> List()
    {
        if (!Directory.Exists(Folder)) return [];
        return new DirectoryInfo(Folder).EnumerateFiles()
            .Select(file => BackupNames.TakenAt(file.Name) is { } at ? new BackupFile(file.Name, at, file.Length) : null)
            .OfType<BackupFile>()
            .OrderByDescending(b => b.TakenAtUtc)
            .ToList();
    }

    /// <summary>The finished backup of that name, or null (also for anything that is not a backup's name).</summary>
    public BackupFile? Find(string? name) => BackupNames.TakenAt(name) is not null ? List().FirstOrDefault(b => b.Name == name) : null;

    public string PathOf(BackupFile backup) => Path.Combine(Folder, backup.Name);

    /// <summary>When the schedule next takes a backup after <paramref name="now"/>: <see cref="BackupOptions.TimeOfDay"/>, then every <see cref="BackupOptions.IntervalHours"/>.</summary>
    public DateTimeOffset NextScheduled(DateTimeOffset now)
    {
        var next = new DateTimeOffset(now.Date + Settings.TimeOfDay.ToTimeSpan(), now.Offset);
        var interval = TimeSpan.FromHours(Settings.IntervalHours);
        while (next - interval > now) next -= interval;
        while (next <= now) next += interval;
        return next;
    }

    /// <summary>Takes a backup now, then deletes the oldest beyond <see cref="BackupOptions.Keep"/>.</summary>
    /// <exception cref="InvalidOperationException">The provider is not SQLite, or the copy failed its integrity check.</exception>
    public async Task<BackupFile> TakeAsync(CancellationToken ct)
    {
        if (!IsAvailable) throw new InvalidOperationException($"The app backs up SQLite only; Database:Provider is {database.Value.Provider}.");
        string connectionString;
        await using (var scope = scopes.CreateSystemScope("backing up the database"))
            connectionString = scope.ServiceProvider.GetRequiredService<ReliefDbContext>().Database.GetConnectionString()!;

        await _oneAtATime.WaitAsync(ct);
        try
        {
            Directory.CreateDirectory(Folder);
            RemoveAbandonedWork();
            var takenAt = clock.GetUtcNow().UtcDateTime;
            takenAt = takenAt.AddTicks(-(takenAt.Ticks % TimeSpan.TicksPerSecond));
            while (File.Exists(Path.Combine(Folder, BackupNames.For(takenAt)))) takenAt = takenAt.AddSeconds(1);
            var name = BackupNames.For(takenAt);
            var work = Directory.CreateDirectory(Path.Combine(Folder, WorkPrefix + Guid.NewGuid().ToString("N")));
            try
            {
                await Task.Run(() => Write(connectionString, work.FullName, name, ct), ct);
            }
            finally
            {
                work.Delete(recursive: true);
            }
            var backup = Find(name)!;
            LogTaken(logger, backup.Name, backup.Bytes);
            Prune();
            return backup;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private void Write(string connectionString, string work, string name, CancellationToken ct)
    {
        var copy = Path.Combine(work, BackupNames.DatabaseEntry);
        SqliteFiles.OnlineCopy(connectionString, copy);
        if (SqliteFiles.IntegrityProblems(copy) is [var problem, ..])
            throw new InvalidOperationException($"The database copy failed its integrity check ({problem}); no backup was written.");
        var archive = Path.Combine(work, name);
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Create))
        {
            zip.CreateEntryFromFile(copy, BackupNames.DatabaseEntry, CompressionLevel.Optimal);
            foreach (var contributor in contributors)
            {
                ct.ThrowIfCancellationRequested();
                AddFolder(zip, contributor);
            }
        }
        File.Move(archive, Path.Combine(Folder, name));
    }

    private static void AddFolder(ZipArchive zip, IBackupContributor contributor)
    {
        if (!ContributorName().IsMatch(contributor.Name) || contributor.Name == BackupNames.DatabaseEntry)
            throw new InvalidOperationException($"'{contributor.Name}' cannot name a folder in a backup: use lower-case letters, digits and dashes.");
        if (!Directory.Exists(contributor.Folder)) return;
        foreach (var file in Directory.EnumerateFiles(contributor.Folder, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)) continue;
            var entry = contributor.Name + "/" + Path.GetRelativePath(contributor.Folder, file).Replace(Path.DirectorySeparatorChar, '/');
            try
            {
                // Stored, not compressed: papers and photos are compressed already.
                zip.CreateEntryFromFile(file, entry, CompressionLevel.NoCompression);
            }
            catch (FileNotFoundException)
            {
                // Removed since it was listed (a sweep of files no row points at): the database copy does not need it.
            }
        }
    }

    /// <summary>Work folders of a backup the app did not finish (stopped mid-backup); only one backup runs at a time.</summary>
    private void RemoveAbandonedWork()
    {
        foreach (var work in Directory.EnumerateDirectories(Folder, WorkPrefix + "*"))
            Directory.Delete(work, recursive: true);
    }

    private void Prune()
    {
        foreach (var old in List().Skip(Settings.Keep))
        {
            File.Delete(PathOf(old));
            LogPruned(logger, old.Name);
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    /// <summary>A contributor's folder name inside a backup.</summary>
    [GeneratedRegex("^[a-z0-9-]+$", RegexOptions.CultureInvariant)]
    public static partial Regex ContributorName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup {Name} written ({Bytes} bytes)")]
    private static partial void LogTaken(ILogger logger, string name, long bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup {Name} deleted: more than the number to keep")]
    private static partial void LogPruned(ILogger logger, string name);
}
