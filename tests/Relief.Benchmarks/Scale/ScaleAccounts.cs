using Microsoft.AspNetCore.Identity;
using Relief.Core.DemoData;
using Relief.Core.Features.Administration;

namespace Relief.Benchmarks.Scale;

/// <summary>The benchmark sign-ins: one per role at the province root and at the first grassroots union, created through Identity.</summary>
internal static class ScaleAccounts
{
    public static readonly int UnitId = ScaleUnits.GrassrootsId(0);

    public static async Task CreateAsync(UserManager<ReliefUser> users, RoleManager<IdentityRole> roles, ScaleUnits units)
    {
        await DemoDataSeeder.EnsureRolesAsync(roles);
        foreach (var (userName, role, atRoot) in ScaleSettings.Accounts)
        {
            var unitId = atRoot ? ScaleUnits.RootId : UnitId;
            var user = new ReliefUser
            {
                UserName = userName,
                Email = $"{userName}@relief.example",
                EmailConfirmed = true,
                DisplayName = $"{units[unitId].Name[..^2]}{role}",
                Title = role == Roles.Chair ? "工会主席" : "工会干事",
                OrgUnitId = unitId,
                CreatedAt = DateTime.UtcNow,
            };
            var result = await users.CreateAsync(user, ScaleSettings.Password);
            if (result.Succeeded) result = await users.AddToRoleAsync(user, role);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Account {userName} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
