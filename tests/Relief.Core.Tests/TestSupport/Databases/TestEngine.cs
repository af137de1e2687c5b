using System.Reflection;
using Relief.Data.PostgreSql;

namespace Relief.Tests.Databases;

/// <summary>
/// The database engine this test assembly runs on. The same test sources build two assemblies per suite: the
/// plain project on SQLite, and its <c>.PostgreSql</c> twin, whose project file stamps
/// <c>[assembly: AssemblyMetadata("Relief.TestEngine", "PostgreSql")]</c>.
/// </summary>
public static class TestEngine
{
    public const string MetadataKey = "Relief.TestEngine";

    public static bool IsPostgreSql { get; } = typeof(TestEngine).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Any(a => a.Key == MetadataKey && a.Value == PostgreSqlProvider.Name);
}
