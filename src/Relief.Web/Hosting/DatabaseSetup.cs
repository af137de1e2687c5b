using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relief.Core.Common.Settings;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Data.PostgreSql;
using Relief.Data.Sqlite;
using Relief.Data.SqlServer;

namespace Relief.Web.Hosting;

public static class DatabaseSetup
{
    public static IServiceCollection AddReliefDatabase(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddSettings<DatabaseOptions>(DatabaseOptions.Section);
        services.AddReliefSaveInterceptors();
        services.AddDbContext<ReliefDbContext>((sp, builder) =>
        {
            // DatabaseOptions checked the provider's name and the servers' connection string at start-up.
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (options.Provider == SqlServerProvider.Name) builder.UseSqlServer(options.ConnectionString, SqlServerProvider.Configure);
            else if (options.Provider == PostgreSqlProvider.Name) builder.UseReliefPostgreSql(options.ConnectionString!);
            else builder.UseReliefSqlite(SqliteConnectionString(options, environment));
            builder.AddReliefSaveInterceptors(sp);
        });
        services.AddHealthChecks().AddDbContextCheck<ReliefDbContext>("database");
        return services;
    }

    private static string SqliteConnectionString(DatabaseOptions options, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString)) return options.ConnectionString;
        var folder = Path.GetFullPath(options.DataFolder, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "relief.db")}";
    }

    /// <summary>
    /// Brings the schema up to date where that is allowed (SQLite always; SQL Server and PostgreSQL only with MigrateOnStartup),
    /// and proves the database answers. A database that cannot be reached stops the app with a message naming
    /// the setting to fix, not a stack trace.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using var scope = app.Services.CreateSystemScope("start-up migrations and upkeep");
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        bool reachable;
        try
        {
            if (options.Provider == SqliteProvider.Name || options.MigrateOnStartup)
                await db.Database.MigrateAsync();
            reachable = await db.Database.CanConnectAsync();
        }
        catch (Exception ex)
        {
            throw new StartupConfigurationException(Unreachable(options, ex.GetBaseException().Message), ex);
        }
        if (!reachable) throw new StartupConfigurationException(Unreachable(options, "no connection"));
        // A database from before the dashboard's tallies gets them counted once; from then on every save keeps them.
        if (!(await db.Database.GetPendingMigrationsAsync()).Any()) await DatabaseUpkeep.AfterMigrationsAsync(db);
    }

    private static string Unreachable(DatabaseOptions options, string cause) =>
        $"The {options.Provider} database cannot be reached or migrated. Check the setting Database:ConnectionString " +
        $"(Database:Provider is {options.Provider}). Cause: {cause}";
}
