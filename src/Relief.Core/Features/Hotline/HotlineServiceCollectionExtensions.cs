using Microsoft.Extensions.DependencyInjection;

namespace Relief.Core.Features.Hotline;

public static class HotlineServiceCollectionExtensions
{
    /// <summary>The hotline, call conversion and call-source services. Their validators are registered with the assembly's.</summary>
    public static IServiceCollection AddHotline(this IServiceCollection services)
    {
        services.AddScoped<HotlineService>();
        services.AddScoped<HotlineConversionService>();
        services.AddScoped<HotlineSourceQuery>();
        return services;
    }
}
