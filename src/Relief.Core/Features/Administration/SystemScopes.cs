using Microsoft.Extensions.DependencyInjection;

namespace Relief.Core.Features.Administration;

public static class SystemScopes
{
    /// <summary>A service scope in which the system acts (<see cref="SystemActor"/>), for start-up and background work.</summary>
    public static AsyncServiceScope CreateSystemScope(this IServiceScopeFactory scopes, string purpose)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeActor>().ActAs(SystemActor.For(purpose));
        return scope;
    }

    public static AsyncServiceScope CreateSystemScope(this IServiceProvider services, string purpose) =>
        services.GetRequiredService<IServiceScopeFactory>().CreateSystemScope(purpose);
}
