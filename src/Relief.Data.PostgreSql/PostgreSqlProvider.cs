using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Relief.Data.PostgreSql;

public static class PostgreSqlProvider
{
    public const string Name = "PostgreSql";

    /// <summary>
    /// PostgreSQL with the app's migrations and its PostgreSQL model (text in code-point order): every context on
    /// PostgreSQL is made here. Failures reach the app as they do on the other providers: Npgsql's default strategy
    /// would wrap a deadlock or serialization failure of a save in an InvalidOperationException ("enable retry on
    /// failure"), past the services' <c>DbUpdateException</c> handling (the fund retries, the conflict message), and a
    /// retrying strategy cannot be used with the transactions the services open themselves.
    /// </summary>
    public static DbContextOptionsBuilder UseReliefPostgreSql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsAssembly(typeof(PostgreSqlProvider).Assembly.GetName().Name)
                .ExecutionStrategy(dependencies => new NonRetryingExecutionStrategy(dependencies)))
            .ReplaceService<IModelCustomizer, PostgreSqlModelCustomizer>();

    public static DbContextOptionsBuilder<TContext> UseReliefPostgreSql<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext
    {
        ((DbContextOptionsBuilder)options).UseReliefPostgreSql(connectionString);
        return options;
    }
}
