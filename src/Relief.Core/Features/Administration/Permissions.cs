using System.Collections.Frozen;

namespace Relief.Core.Features.Administration;

/// <summary>
/// Which role may do what: the one table behind the web's authorization policies (Hosting/Policies.cs builds one
/// policy per <see cref="Permission"/> from it) and the services' own checks (<see cref="May"/>). A new role is a
/// row here, its name in <see cref="Roles"/> and its label in the resources.
/// </summary>
public static class Permissions
{
    public static readonly FrozenDictionary<string, FrozenSet<Permission>> ByRole = new Dictionary<string, Permission[]>
    {
        [Roles.Administrator] = [Permission.Read, Permission.Edit, Permission.RevealIdNumbers, Permission.ChangeCampaignStatus, Permission.Administer, Permission.ReadAuditLog],
        [Roles.Officer] = [Permission.Read, Permission.Edit],
        [Roles.Chair] = [Permission.Read, Permission.Edit, Permission.Decide, Permission.RevealIdNumbers, Permission.ChangeCampaignStatus],
        // 经审 reads everything in scope and changes nothing.
        [Roles.Auditor] = [Permission.Read, Permission.ReadAuditLog],
    }.ToFrozenDictionary(row => row.Key, row => row.Value.ToFrozenSet(), StringComparer.Ordinal);

    public static bool Grants(string role, Permission permission) => ByRole.TryGetValue(role, out var granted) && granted.Contains(permission);

    /// <summary>The roles that hold the permission, in <see cref="Roles.All"/> order.</summary>
    public static IReadOnlyList<string> RolesWith(Permission permission) => Roles.All.Where(role => Grants(role, permission)).ToList();

    public static bool May(this ICurrentUser user, Permission permission) => ByRole.Any(row => row.Value.Contains(permission) && user.IsInRole(row.Key));

    /// <summary>A service's own check behind the page's policy: a post that reaches it without the permission is refused.</summary>
    public static void Require(this ICurrentUser user, Permission permission)
    {
        if (!user.May(permission)) throw new UnauthorizedAccessException($"{permission} is not granted to {user.UserName}.");
    }
}
