using Microsoft.AspNetCore.Identity;
using Relief.Core.Features.Administration;

namespace Relief.Web.Hosting;

/// <summary>
/// Signs in without revealing whether an account exists or what state it is in: an unknown name, a wrong password,
/// a locked and a deactivated account are all refused the same way, each after one password hash (an unknown name
/// is checked against a decoy hash), so neither the answer nor its time tells them apart. Only the log says why.
/// </summary>
public sealed class UniformSignIn(SignInManager<ReliefUser> signIn, IPasswordHasher<ReliefUser> hasher, ILogger<UniformSignIn> logger)
{
    private static readonly ReliefUser Nobody = new() { DisplayName = "" };
    private static string? decoyHash;

    public async Task<bool> SignInAsync(string userName, string password, bool remember)
    {
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            decoyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
            hasher.VerifyHashedPassword(Nobody, decoyHash, password);
            logger.LogWarning("Sign-in refused for {UserName}: no such account", userName);
            return false;
        }
        var passwordRight = await users.CheckPasswordAsync(user, password);
        var locked = await users.IsLockedOutAsync(user);
        if (!user.IsActive || locked)
        {
            logger.LogWarning("Sign-in refused for {UserName}: account {State}", userName, locked ? "locked" : "deactivated");
            return false;
        }
        if (!passwordRight)
        {
            await users.AccessFailedAsync(user);
            logger.LogWarning("Sign-in refused for {UserName}: wrong password", userName);
            return false;
        }
        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInAsync(user, remember);
        logger.LogInformation("User {UserName} signed in", userName);
        return true;
    }
}
