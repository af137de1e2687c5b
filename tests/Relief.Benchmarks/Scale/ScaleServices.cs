using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core;
using Relief.Core.Data;
using Relief.Core.Data.Tallies;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;
using Relief.Data.Sqlite;

namespace Relief.Benchmarks.Scale;

/// <summary>
/// The services the web app wires around the DbContext (Identity, Data Protection with its key ring in the database
/// under the app's name, ID number protection, localization, the feature services), over a SQLite file.
/// </summary>
internal static class ScaleServices
{
    public static string ConnectionString(string path) => $"Data Source={path}";

    /// <param name="withInterceptors">
    /// True for timings (the app's version and audit interceptors, as in a request); false for bulk loading, whose
    /// audit trail is not the subject and would double every row written.
    /// </param>
    /// <param name="diagnostics">Extra interceptors for measurements (query plans), after the app's own.</param>
    public static ServiceProvider Build(string databasePath, bool withInterceptors, params IInterceptor[] diagnostics)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ActingUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ActingUser>().Current);
        services.AddReliefSaveInterceptors();
        services.AddDbContext<ReliefDbContext>((sp, options) =>
        {
            options.UseReliefSqlite(ConnectionString(databasePath));
            // Without the audit log and version stamps (bulk loads); the tallies are kept unless the loader turns them off.
            if (withInterceptors)
                options.AddReliefSaveInterceptors(sp);
            else
                options.AddInterceptors(sp.GetRequiredService<TallyInterceptor>());
            if (diagnostics.Length > 0) options.AddInterceptors(diagnostics);
        });
        services.AddIdentityCore<ReliefUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ReliefDbContext>();
        // The web app's own key ring setting, so the app can read the ciphers written here.
        services.AddDataProtection().SetApplicationName("Relief").PersistKeysToDbContext<ReliefDbContext>();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{IdNumberProtectionOptions.Section}:HashKey"] = ScaleSettings.IdNumberHashKey })
            .Build();
        services.AddReliefCore(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
