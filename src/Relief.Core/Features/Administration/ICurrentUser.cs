namespace Relief.Core.Features.Administration;

/// <summary>
/// Who is acting. The web app reads it from the signed-in principal; tests, the seeder and start-up
/// tasks use <see cref="SystemActor"/>. Every query of the DbContext is filtered by <see cref="ScopePath"/> (UnitScope).
/// </summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string? UserName { get; }
    /// <summary>The unit the user belongs to; null for the system itself (seeding, migrations).</summary>
    int? OrgUnitId { get; }
    /// <summary>The materialized path of the user's unit; every record whose unit path starts with it is in scope.</summary>
    string ScopePath { get; }
    bool IsInRole(string role);
}
