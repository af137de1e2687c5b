using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Relief.Core.Features.Visits;

public static class VisitsServiceCollectionExtensions
{
    /// <summary>The visit, concern and letter services. Their validators are registered with the assembly's.</summary>
    public static IServiceCollection AddVisits(this IServiceCollection services)
    {
        services.AddScoped<VisitService>();
        services.AddScoped<ConcernService>();
        services.AddScoped<LetterService>();
        // Until the grant workflow registers its disbursement adapter, hand-over during a visit is refused, not duplicated.
        services.TryAddScoped<IGrantHandOver, GrantHandOverNotConnected>();
        return services;
    }
}
