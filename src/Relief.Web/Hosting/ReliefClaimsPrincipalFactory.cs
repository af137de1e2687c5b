using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Relief.Core.Features.Administration;

namespace Relief.Web.Hosting;

/// <summary>Adds the user's unit and display name to the sign-in cookie.</summary>
public sealed class ReliefClaimsPrincipalFactory(
    UserManager<ReliefUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ReliefUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ReliefUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ReliefClaims.OrgUnitId, user.OrgUnitId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ReliefClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
