namespace Relief.Web.Hosting.Backups;

/// <summary>
/// A lock file beside the SQLite database (<c>relief.db.inuse</c>) that tells a running app from a restore: every app
/// on the file holds it shared for as long as it runs, a restore holds it alone. The operating system drops the lock
/// when the process ends, however it ends, so a killed app never leaves the database looking busy.
/// </summary>
public sealed class SqliteInUseLock : IDisposable
{
    private FileStream? _held;

    public static string PathFor(string databasePath) => databasePath + ".inuse";

    /// <summary>Holds the lock shared while the app runs.</summary>
    /// <exception cref="StartupConfigurationException">A restore holds it.</exception>
    public void HoldWhileRunning(string databasePath)
    {
        if (_held is not null) return;
        _held = TryHold(databasePath, alone: false) ?? throw new StartupConfigurationException(
            $"The database {databasePath} is being restored (the restore command holds {PathFor(databasePath)}). Start Relief when the restore has finished.");
    }

    /// <summary>The lock held alone (for a restore), or null when an app (or another restore) holds it.</summary>
    public static FileStream? TryHoldAlone(string databasePath) => TryHold(databasePath, alone: true);

    private static FileStream? TryHold(string databasePath, bool alone)
    {
        try
        {
            // FileShare.None is an exclusive lock and any sharing a shared one: a share mode on Windows, flock on Linux and macOS.
            return new FileStream(PathFor(databasePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, alone ? FileShare.None : FileShare.ReadWrite);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _held?.Dispose();
        _held = null;
    }
}
