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
