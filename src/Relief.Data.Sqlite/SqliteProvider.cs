using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Relief.Data.Sqlite;

public static class SqliteProvider
{
    public const string Name = "Sqlite";

    public static void Configure(SqliteDbContextOptionsBuilder options) =>
        options.MigrationsAssembly(typeof(SqliteProvider).Assembly.GetName().Name);
}
