using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Relief.Data.SqlServer;

public static class SqlServerProvider
{
    public const string Name = "SqlServer";

    public static void Configure(SqlServerDbContextOptionsBuilder options) =>
        options.MigrationsAssembly(typeof(SqlServerProvider).Assembly.GetName().Name);
}
