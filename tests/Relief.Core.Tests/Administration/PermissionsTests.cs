using Relief.Core.Features.Administration;

namespace Relief.Core.Tests.Administration;

/// <summary>The role table behind both the web policies and the services' checks, every (role, permission) pair.</summary>
public sealed class PermissionsTests
{
    /// <summary>DOMAIN.md's roles, written out independently of the table under test.</summary>
    private static readonly Dictionary<string, Permission[]> Expected = new()
    {
        [Roles.Administrator] = [Permission.Read, Permission.Edit, Permission.RevealIdNumbers, Permission.ChangeCampaignStatus, Permission.Administer, Permission.ReadAuditLog],
        [Roles.Officer] = [Permission.Read, Permission.Edit],
        [Roles.Chair] = [Permission.Read, Permission.Edit, Permission.Decide, Permission.RevealIdNumbers, Permission.ChangeCampaignStatus],
        [Roles.Auditor] = [Permission.Read, Permission.ReadAuditLog],
    };

    public static TheoryData<string, Permission> EveryPair()
    {
        var pairs = new TheoryData<string, Permission>();
        foreach (var role in Roles.All)
        foreach (var permission in Enum.GetValues<Permission>())
            pairs.Add(role, permission);
        return pairs;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Each_role_holds_exactly_its_permissions_for_policies_and_services_alike(string role, Permission permission)
    {
        var expected = Expected[role].Contains(permission);
        Assert.Equal(expected, Permissions.Grants(role, permission));
        Assert.Equal(expected, Permissions.RolesWith(permission).Contains(role));
        Assert.Equal(expected, new FixedCurrentUser("u", "u", 1, "/1/", role).May(permission));
    }

    [Fact]
    public void Every_role_has_a_row_and_every_row_is_a_role()
    {
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), Permissions.ByRole.Keys.Order(StringComparer.Ordinal));
        Assert.False(Permissions.Grants("Nobody", Permission.Read));
        Assert.False(new FixedCurrentUser("u", "u", 1, "/1/").May(Permission.Read));
    }
}
