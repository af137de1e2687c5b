namespace Relief.Core.Features.Administration;

/// <summary>
/// The system acting on its own, with the whole tree in scope: start-up (migrations, upkeep, demo data), background
/// jobs and tools, never a request. Each caller names its purpose, so <c>SystemActor.For</c> finds every place that
/// acts beyond a user's scope; a request without a signed-in user has nothing in scope.
/// </summary>
public static class SystemActor
{
    public const string UserName = "system";

    public static ICurrentUser For(string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        return new FixedCurrentUser(null, UserName, null, "/", Roles.Administrator);
    }
}
