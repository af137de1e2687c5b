using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Relief.Core.Features.Administration;

namespace Relief.Web.Tests.Account;

/// <summary>The app's own password hasher, counting how many hashes it checks: the work a sign-in attempt does.</summary>
public sealed class CountingPasswordHasher(IOptions<PasswordHasherOptions> options) : PasswordHasher<ReliefUser>(options)
{
    private int _verified;

    public int Verified => Volatile.Read(ref _verified);

    public override PasswordVerificationResult VerifyHashedPassword(ReliefUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verified);
        return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
