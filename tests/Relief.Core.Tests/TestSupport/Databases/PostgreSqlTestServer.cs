using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Data.PostgreSql;

namespace Relief.Tests.Databases;

/// <summary>
/// The PostgreSQL server the <c>.PostgreSql</c> test assemblies run on. The migrations run once per test process, into
/// a template database; every test (or class) then gets a database of its own with <c>CREATE DATABASE … TEMPLATE</c>,
/// a file copy on the server that takes a fraction of migrating. Names carry the test process's id, so databases
/// left by a killed run are recognised and dropped by the next one.
/// </summary>
public static class PostgreSqlTestServer
{
    /// <summary>An admin connection (a role that may create databases), without a database or on <c>postgres</c>.</summary>
    public const string ConnectionVariable = "RELIEF_TEST_POSTGRES";

    /// <summary>Set to 1 in CI: a missing server fails the PostgreSQL tests instead of skipping them.</summary>
    public const string RequireVariable = "RELIEF_REQUIRE_POSTGRES";

    public const string DefaultConnection = "Host=localhost;Port=5432;Username=relief_test;Password=relief_test";

    private const string Prefix = "relief_test_";
    private static readonly string Template = $"{Prefix}{Environment.ProcessId}_template";
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static bool _templateReady;

    public static string AdminConnectionString { get; } = new NpgsqlConnectionStringBuilder(
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } configured ? configured : DefaultConnection)
    {
        Database = "postgres",
        // Test databases are dropped with FORCE; no pooled admin connection must hold one open meanwhile.
        Pooling = false,
    }.ConnectionString;

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why this machine's PostgreSQL tests cannot run, or null when a server answers (or one is required).</summary>
    public static string? SkipReason()
    {
        if (Required) return null;
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Timeout = 3 }.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            return $"No PostgreSQL server answers ({ex.GetBaseException().Message}). Start one and give it the test role " +
                $"(README, \"Tests on PostgreSQL\"), or point {ConnectionVariable} at one; {RequireVariable}=1 makes this a failure.";
        }
    }

    /// <summary>
    /// A new database, migrated: a copy of the migrated template, or of <paramref name="source"/> (another test database
    /// of this process that nobody is connected to any more, e.g. one seeded once for many tests); its connection string.
    /// </summary>
    public static async Task<string> CreateDatabaseAsync(string? source = null)
    {
        await EnsureTemplateAsync();
        var template = source is null ? Template : new NpgsqlConnectionStringBuilder(source).Database!;
        var name = $"{Prefix}{Environment.ProcessId}_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return ConnectionStringFor(name);
    }

    /// <summary>Closes this process's pooled connections to a database, so that it can serve as a template.</summary>
    public static void ReleaseConnections(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        ReleaseConnections(connectionString);
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    private static async Task EnsureTemplateAsync()
    {
        if (_templateReady) return;
        await TemplateLock.WaitAsync();
        try
        {
            if (_templateReady) return;
            await DropLeftoversAsync();
            await ExecuteAsync($"CREATE DATABASE \"{Template}\"");
            var connectionString = ConnectionStringFor(Template);
            var options = new DbContextOptionsBuilder<ReliefDbContext>().UseReliefPostgreSql(connectionString).Options;
            await using (var db = new ReliefDbContext(options, SystemActor.For("test template migrations")))
                await db.Database.MigrateAsync();
            // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template.
            ReleaseConnections(connectionString);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => ExecuteAsync($"DROP DATABASE IF EXISTS \"{Template}\" WITH (FORCE)").GetAwaiter().GetResult();
            _templateReady = true;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    /// <summary>
    /// Drops the databases of test processes that no longer run (killed, or stopped in a debugger). Only on a server on
    /// this machine: a process id says nothing about another machine's test run.
    /// </summary>
    private static async Task DropLeftoversAsync()
    {
        var host = new NpgsqlConnectionStringBuilder(AdminConnectionString).Host ?? "";
        if (host is not ("localhost" or "127.0.0.1" or "::1") && !host.StartsWith('/')) return;
        var names = new List<string>();
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 'relief\\_test\\_%'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        }
        foreach (var name in names.Where(n => !OwnerIsRunning(n)))
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static bool OwnerIsRunning(string database)
    {
        var pid = database[Prefix.Length..].Split('_')[0];
        if (!int.TryParse(pid, out var id)) return true;
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
