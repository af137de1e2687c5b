using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Relief.Core.Features.Administration;

namespace Relief.Web.Hosting;

/// <summary>
/// A sign-in cookie counts only while its account still matches it, checked on every request: the same security
/// stamp (renewed by signing out, a password reset, a role change, locking and deactivation), active and not locked.
/// So a cookie copied before any of those stops working at once, not when it expires.
/// </summary>
public static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context, Func<CookieValidatePrincipalContext, Task> next)
    {
        var services = context.HttpContext.RequestServices;
        var users = services.GetRequiredService<UserManager<ReliefUser>>();
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var principal = context.Principal;
        var userId = principal is null ? null : users.GetUserId(principal);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        var current = user is { IsActive: true }
            && principal!.FindFirstValue(stampClaim) is { } stamp
            && stamp == user.SecurityStamp
            && !await users.IsLockedOutAsync(user);
        if (!current)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await next(context);
    }
}
