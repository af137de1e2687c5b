using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Relief.Data.PostgreSql;
using Relief.Data.Sqlite;

namespace Relief.Tests.Databases;

/// <summary>
/// A database of its own for one test or test class, on this assembly's engine (<see cref="TestEngine"/>): a temp
/// SQLite file the caller migrates, or a PostgreSQL database copied from the migrated template. Removed on dispose.
/// </summary>
public sealed class EngineDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;

    private EngineDatabase(string connectionString, string? sqliteFile)
    {
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
    }

    public string ConnectionString { get; }

    public static async Task<EngineDatabase> CreateAsync(string purpose)
    {
        if (TestEngine.IsPostgreSql) return new EngineDatabase(await PostgreSqlTestServer.CreateDatabaseAsync(), null);
        var file = Path.Combine(Path.GetTempPath(), $"relief-{purpose}-{Guid.NewGuid():N}.db");
        return new EngineDatabase($"Data Source={file}", file);
    }

    /// <summary>
    /// A database of its own holding what <paramref name="source"/> holds (migrated, and whatever was written to it). The
    /// source must be idle: on PostgreSQL it is the copy's template (<c>CREATE DATABASE … TEMPLATE</c>); SQLite copies it
    /// with the online backup, which reads a consistent state including the write-ahead log.
    /// </summary>
    public static async Task<EngineDatabase> CopyOfAsync(string purpose, EngineDatabase source)
    {
        if (source._sqliteFile is null)
        {
            PostgreSqlTestServer.ReleaseConnections(source.ConnectionString);
            return new EngineDatabase(await PostgreSqlTestServer.CreateDatabaseAsync(source.ConnectionString), null);
        }
        var copy = await CreateAsync(purpose);
        await using (var from = new SqliteConnection(source.ConnectionString))
        await using (var to = new SqliteConnection(copy.ConnectionString))
        {
            await from.OpenAsync();
            await to.OpenAsync();
            from.BackupDatabase(to);
        }
        return copy;
    }

    /// <summary>The provider with the app's migrations and model for this engine, as the web app configures it.</summary>
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) =>
        _sqliteFile is null ? options.UseReliefPostgreSql(ConnectionString) : options.UseReliefSqlite(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is null)
        {
            await PostgreSqlTestServer.DropDatabaseAsync(ConnectionString);
            return;
        }
        // Pooled connections keep the file open; release only this database's pool, not other tests'.
        using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
        foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm", _sqliteFile + "-journal" })
            File.Delete(file);
    }
}
