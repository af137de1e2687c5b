using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Relief.Data.PostgreSql;

public static class PostgreSqlProvider
{
    public const string Name = "PostgreSql";

    /// <summary>PostgreSQL with the app's migrations and its PostgreSQL model (text in code-point order): every context on PostgreSQL is made here.</summary>
    public static DbContextOptionsBuilder UseReliefPostgreSql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgreSqlProvider).Assembly.GetName().Name))
            .ReplaceService<IModelCustomizer, PostgreSqlModelCustomizer>();

    public static DbContextOptionsBuilder<TContext> UseReliefPostgreSql<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext
    {
        ((DbContextOptionsBuilder)options).UseReliefPostgreSql(connectionString);
        return options;
    }
}
