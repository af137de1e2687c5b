namespace Relief.Core.Features.Administration;

/// <summary>An actor known in advance, for tests and tools; the system itself is <see cref="SystemActor"/>.</summary>
public sealed class FixedCurrentUser(string? userId, string? userName, int? orgUnitId, string scopePath, params string[] roles) : ICurrentUser
{
    private readonly HashSet<string> _roles = new(roles, StringComparer.Ordinal);


    public string? UserId { get; } = userId;
    public string? UserName { get; } = userName;
    public int? OrgUnitId { get; } = orgUnitId;
    public string ScopePath { get; } = scopePath;
    public bool IsInRole(string role) => _roles.Contains(role);
}
