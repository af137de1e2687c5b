namespace Relief.Core.Features.Administration;

/// <summary>
/// Who acts in a service scope that serves no request: set once by <see cref="SystemScopes.CreateSystemScope"/> before
/// anything in the scope reads the current user. The host's <see cref="ICurrentUser"/> is this actor when set, and the
/// request's signed-in user otherwise.
/// </summary>
public sealed class ScopeActor
{
    public ICurrentUser? Actor { get; private set; }

    internal void ActAs(ICurrentUser actor)
    {
        if (Actor is not null) throw new InvalidOperationException("A scope's actor is set once.");
        Actor = actor;
    }
}
