using Microsoft.Extensions.DependencyInjection;

namespace Relief.Core.Features.Goods;

public static class GoodsServiceCollectionExtensions
{
    /// <summary>The donated-goods service. Its validators are registered with the assembly's.</summary>
    public static IServiceCollection AddGoods(this IServiceCollection services) => services.AddScoped<GoodsService>();
}
