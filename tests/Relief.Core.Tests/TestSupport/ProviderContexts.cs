using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Data.PostgreSql;
using Relief.Data.Sqlite;
using Relief.Data.SqlServer;

namespace Relief.Core.Tests.TestSupport;

/// <summary>Contexts configured for each provider with its migrations assembly; none ever opens a connection.</summary>
public static class ProviderContexts
{
    public const string DummySqlServer = "Server=unreachable.invalid;Database=Relief;Integrated Security=false;User ID=relief;Password=unused;TrustServerCertificate=True";

    public static ReliefDbContext Sqlite(Action<DbContextOptionsBuilder>? configure = null) =>
        Create(builder => builder.UseReliefSqlite("Data Source=:memory:"), configure);

    public static ReliefDbContext SqlServer(Action<DbContextOptionsBuilder>? configure = null, ICurrentUser? reader = null) =>
        Create(builder => builder.UseSqlServer(DummySqlServer, SqlServerProvider.Configure), configure, reader);

    public static ReliefDbContext PostgreSql(Action<DbContextOptionsBuilder>? configure = null) =>
        Create(builder => builder.UseReliefPostgreSql("Host=unreachable.invalid;Database=relief;Username=relief"), configure);

    private static ReliefDbContext Create(Action<DbContextOptionsBuilder<ReliefDbContext>> provider, Action<DbContextOptionsBuilder>? configure,
        ICurrentUser? reader = null)
    {
        var builder = new DbContextOptionsBuilder<ReliefDbContext>();
        provider(builder);
        configure?.Invoke(builder);
        return new ReliefDbContext(builder.Options, reader ?? SystemActor.For("model and SQL checks"));
    }
}
