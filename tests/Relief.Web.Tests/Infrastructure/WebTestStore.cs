using Microsoft.Data.Sqlite;
using Relief.Data.PostgreSql;
using Relief.Tests.Databases;

namespace Relief.Web.Tests.Infrastructure;

/// <summary>
/// Where one test app keeps its data: a fresh folder (the SQLite file, imports, logs) and, when this assembly runs on
/// PostgreSQL (<see cref="TestEngine"/>), a database of its own copied from the migrated template. Two apps given the
/// same store see the same data, as two starts of one installation do.
/// </summary>
public sealed class WebTestStore : IDisposable
{
    private string? _postgreSql;

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "relief-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The database settings for the app; the PostgreSQL database is made on first use, so an app never started costs none.</summary>
    public IEnumerable<KeyValuePair<string, string?>> DatabaseSettings()
    {
        Directory.CreateDirectory(DataFolder);
        yield return new("Database:DataFolder", DataFolder);
        if (!TestEngine.IsPostgreSql) yield break;
        _postgreSql ??= PostgreSqlTestServer.CreateDatabaseAsync().GetAwaiter().GetResult();
        yield return new("Database:Provider", PostgreSqlProvider.Name);
        yield return new("Database:ConnectionString", _postgreSql);
        yield return new("Database:MigrateOnStartup", "true");
    }

    public void Dispose()
    {
        if (_postgreSql is not null) PostgreSqlTestServer.DropDatabaseAsync(_postgreSql).GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platforms, or an app never started; the temp folder is cleaned by the OS.
        }
    }
}
