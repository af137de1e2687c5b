using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data.Tallies;

namespace Relief.Core.Data;

/// <summary>
/// Every side effect of a save, in the order EF runs them (docs/architecture.md): <see cref="VersionStampInterceptor"/>
/// gives each changed record a new concurrency token, <see cref="AuditInterceptor"/> captures the changes for the
/// audit log and opens the transaction, <see cref="TallyInterceptor"/> locks the campaigns concerned and moves the
/// dashboard's tallies. The app, the tests and the benchmarks register them through here, so none can miss one.
/// </summary>
public static class SaveInterceptors
{
    public static IServiceCollection AddReliefSaveInterceptors(this IServiceCollection services)
    {
        services.AddSingleton<VersionStampInterceptor>();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<TallyInterceptor>();
        return services;
    }

    public static DbContextOptionsBuilder AddReliefSaveInterceptors(this DbContextOptionsBuilder options, IServiceProvider services) =>
        options.AddInterceptors(
            services.GetRequiredService<VersionStampInterceptor>(),
            services.GetRequiredService<AuditInterceptor>(),
            services.GetRequiredService<TallyInterceptor>());
}
