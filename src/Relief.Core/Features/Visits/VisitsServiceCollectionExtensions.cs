using Microsoft.Extensions.DependencyInjection;

namespace Relief.Core.Features.Visits;

public static class VisitsServiceCollectionExtensions
{
    /// <summary>The visit, concern and letter services. Their validators are registered with the assembly's.</summary>
    public static IServiceCollection AddVisits(this IServiceCollection services)
    {
        services.AddScoped<VisitService>();
        services.AddScoped<ConcernService>();
        services.AddScoped<LetterService>();
        return services;
    }
}
