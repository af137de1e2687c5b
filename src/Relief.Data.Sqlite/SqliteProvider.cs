using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Relief.Data.Sqlite;

public static class SqliteProvider
{
    public const string Name = "Sqlite";

    /// <summary>SQLite with the app's migrations and its SQLite model (money in whole fen): every context on SQLite is made here.</summary>
    public static DbContextOptionsBuilder UseReliefSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteProvider).Assembly.GetName().Name))
            .ReplaceService<IModelCustomizer, SqliteModelCustomizer>();

    public static DbContextOptionsBuilder<TContext> UseReliefSqlite<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext
    {
        ((DbContextOptionsBuilder)options).UseReliefSqlite(connectionString);
        return options;
    }
}
