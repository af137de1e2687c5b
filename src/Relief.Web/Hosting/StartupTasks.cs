using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Relief.Core.DemoData;
using Relief.Core.Features.Administration;

namespace Relief.Web.Hosting;

public static class StartupTasks
{
    /// <summary>Roles always; demo data and demo accounts only in Development (never default passwords elsewhere).</summary>
    public static async Task SeedAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateSystemScope("start-up roles and demo data");
        // Create the Data Protection key ring now, outside any transaction: it is stored in the same SQLite
        // database, and creating it inside the seeder's transaction would wait on that transaction's own lock.
        scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("Relief.Startup").Protect("ready");
        await DemoDataSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        if (!app.Environment.IsDevelopment() || !app.Services.GetRequiredService<IOptions<DemoDataOptions>>().Value.SeedDemoData) return;

        var demo = app.Services.GetRequiredService<IOptions<DemoDataOptions>>().Value;
        var accounts = await ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider).SeedAsync(CancellationToken.None, demo.DemoInThePresent);
        app.Logger.LogInformation("Demo accounts (Development only), all with password {Password}: {Accounts}",
            accounts.Count > 0 ? accounts[0].Password : null, string.Join(", ", accounts.Select(a => $"{a.UserName} ({a.Role}, {a.UnitName})")));
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
                app.Logger.LogInformation("Relief is ready: open {Url} in a browser", address.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal));
        });
    }
}
