using Microsoft.Data.Sqlite;

namespace Relief.Data.Sqlite.Files;

/// <summary>
/// What the app does to a SQLite database as a file (copying it while the app writes, checking a copy), kept here with
/// the other SQLite-only code so no feature code names the engine.
/// </summary>
public static class SqliteFiles
{
    /// <summary>The first bytes of every SQLite 3 database file.</summary>
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();

    /// <summary>The full path of the database file a connection string opens.</summary>
    public static string DatabasePath(string connectionString) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    /// <summary>
    /// Copies the live database to <paramref name="destination"/> with SQLite's online backup API: the copy is one
    /// read transaction, so it is the database as of one commit even while other connections write (writers wait for
    /// the copy on a rollback journal; on WAL they go on). The copy is switched to a rollback journal so it is one
    /// self-contained file.
    /// </summary>
    public static void OnlineCopy(string connectionString, string destination)
    {
        using var source = new SqliteConnection(connectionString);
        using var target = new SqliteConnection(ConnectionTo(destination));
        source.Open();
        target.Open();
        source.BackupDatabase(target);
        using var journal = target.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode=DELETE;";
        journal.ExecuteNonQuery();
    }

    /// <summary>
    /// What <c>PRAGMA integrity_check</c> finds wrong with the database file at <paramref name="path"/>; empty when it
    /// is sound. A file that is not a database at all is one problem, not an exception.
    /// </summary>
    public static IReadOnlyList<string> IntegrityProblems(string path)
    {
        if (!LooksLikeDatabase(path)) return ["not a SQLite database"];
        try
        {
            using var connection = new SqliteConnection(ConnectionTo(path, readOnly: true));
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            using var reader = check.ExecuteReader();
            var problems = new List<string>();
            while (reader.Read()) problems.Add(reader.GetString(0));
            return problems is ["ok"] ? [] : problems;
        }
        catch (SqliteException ex)
        {
            return [ex.Message];
        }
    }

    /// <summary>Whether the file starts as a SQLite database does (a zip, a text file or an empty file does not).</summary>
    public static bool LooksLikeDatabase(string path)
    {
        using var file = File.OpenRead(path);
        var start = new byte[Header.Length];
        return file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.AsSpan().SequenceEqual(Header);
    }

    /// <summary>
    /// Opens and closes the database once on its own, so a journal or WAL left by a process that stopped mid-write is
    /// settled into the main file (rolled back or checkpointed) before the file is moved. A damaged file is left as it is.
    /// </summary>
    public static void Settle(string path)
    {
        try
        {
            using var connection = new SqliteConnection(ConnectionTo(path));
            connection.Open();
            using var read = connection.CreateCommand();
            read.CommandText = "PRAGMA schema_version;";
            read.ExecuteScalar();
        }
        catch (SqliteException)
        {
            // Moved aside as it is, with its companions: the kept copy is exactly what was there.
        }
    }

    /// <summary>
    /// Puts the database in write-ahead-log mode, as EF Core creates the app's database (readers and a backup never make
    /// a save wait). A backup's copy is kept in rollback mode so it is one file; a restored one is switched back.
    /// </summary>
    public static void UseWriteAheadLog(string path)
    {
        using var connection = new SqliteConnection(ConnectionTo(path));
        connection.Open();
        using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL;";
        wal.ExecuteNonQuery();
    }

    /// <summary>The files SQLite may keep beside a database while it is open or after a crash.</summary>
    public static IEnumerable<string> Companions(string path) => [path + "-journal", path + "-wal", path + "-shm"];

    /// <summary>The connection string for a file the app opens on its own (not pooled, so the file is free once closed).</summary>
    public static string ConnectionTo(string path, bool readOnly = false) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Pooling = false,
        Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
    }.ToString();
}
