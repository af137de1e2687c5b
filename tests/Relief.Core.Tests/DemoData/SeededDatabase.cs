using Microsoft.Extensions.DependencyInjection;
using Relief.Core.DemoData;
using Relief.Core.Features.Administration;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.DemoData;

/// <summary>One database seeded once for all the read-only checks on the demo data (seeding takes a few seconds).</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public IReadOnlyList<DemoAccount> Accounts { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Database.CurrentUser.Acting = SystemActor.For("test set-up");
        Accounts = await Database.InScopeAsync(sp => sp.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None));
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
