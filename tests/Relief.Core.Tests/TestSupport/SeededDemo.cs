using Microsoft.Extensions.DependencyInjection;
using Relief.Core.DemoData;
using Relief.Core.Features.Administration;
using Relief.Tests.Databases;

namespace Relief.Core.Tests.TestSupport;

/// <summary>
/// The demo data seeded once per test process, into a database kept idle for the process's life: the source that
/// <see cref="TestDatabase.CreateSeededAsync"/> copies. Seeding takes seconds (more on PostgreSQL) and a hundred
/// tests start from the demo; a copy takes a fraction of that. The seeder itself is tested on databases of its own
/// (<c>DemoDataSeederTests</c>).
/// </summary>
internal static class SeededDemo
{
    private static readonly Lazy<Task<EngineDatabase>> Source = new(SeedAsync);

    public static Task<EngineDatabase> DatabaseAsync() => Source.Value;

    private static async Task<EngineDatabase> SeedAsync()
    {
        var seeded = await TestDatabase.CreateAsync();
        seeded.CurrentUser.Acting = SystemActor.For("test set-up");
        await seeded.InScopeAsync(sp => sp.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None));
        var engine = await seeded.DetachAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => engine.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return engine;
    }
}
