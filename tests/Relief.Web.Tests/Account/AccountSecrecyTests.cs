using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Features.Administration;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Account;

/// <summary>
/// Sign-in reveals nothing about an account: an unknown name, a wrong password, a locked and a deactivated account get
/// the same message after the same work (one password hash). Signing out, a password reset and deactivation end the
/// session on the server at once: a copy of the cookie stops working on its next request.
/// </summary>
public sealed class AccountSecrecyTests(CountingHasherFactory factory) : IClassFixture<CountingHasherFactory>
{
    private const string Locked = "secrecy-locked";
    private const string Deactivated = "secrecy-deactivated";

    [Fact]
    public async Task Unknown_wrong_locked_and_deactivated_get_the_same_message_after_one_password_hash_each()
    {
        await CreateUserAsync(Locked, user => user.LockoutEnd = DateTimeOffset.MaxValue);
        await CreateUserAsync(Deactivated, user => user.IsActive = false);
        var hasher = factory.Services.GetRequiredService<CountingPasswordHasher>();
        (string Case, string UserName, string Password)[] attempts =
        [
            ("unknown name", "nobody-by-this-name", DemoUsers.Password),
            ("wrong password", DemoUsers.Chair, "Wrong#password1"),
            ("locked, right password", Locked, DemoUsers.Password),
            ("locked, wrong password", Locked, "Wrong#password1"),
            ("deactivated, right password", Deactivated, DemoUsers.Password),
            ("deactivated, wrong password", Deactivated, "Wrong#password1"),
        ];
        var messages = new Dictionary<string, string>();
        foreach (var (name, userName, password) in attempts)
        {
            using var client = factory.CreateBrowser();
            var before = hasher.Verified;
            var response = await client.TrySignInAsync(userName, password);
            var hashes = hasher.Verified - before;

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(hashes == 1, $"{name}: {hashes} password hashes checked, not 1");
            messages[name] = (await response.ReadHtmlAsync()).Text("main [role=alert]");
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        }
        Assert.Single(messages.Values.Distinct());
        Assert.Contains("用户名或密码不正确", messages["unknown name"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_stops_working_at_once()
    {
        using var browser = factory.CreateBrowser();
        var signedIn = await browser.TrySignInAsync(DemoUsers.Auditor, DemoUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var copy = CopyOfSession(signedIn);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/")).StatusCode);

        var home = await browser.GetHtmlAsync("/");
        var signedOut = await browser.SubmitAsync(home, new Dictionary<string, string>(), formSelector: "form[action='/Account/SignOut']");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        AssertSentToSignIn(await copy.GetAsync("/"));
    }

    [Theory]
    [InlineData("Deactivate", "session-deactivated")]
    [InlineData("ResetPassword", "session-reset")]
    public async Task Deactivation_and_a_password_reset_end_the_accounts_session_at_once(string handler, string userName)
    {
        var id = await CreateUserAsync(userName, _ => { });
        using var user = await factory.SignedInAsync(userName);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/")).StatusCode);

        using var admin = await factory.SignedInAsync(DemoUsers.Administrator);
        var edit = await admin.GetHtmlAsync($"/Administration/Users/Edit/{id}");
        var done = await admin.PostWithTokenAsync(edit, $"/Administration/Users/Edit/{id}?handler={handler}",
            new Dictionary<string, string> { ["NewPassword"] = "Another#pass2026" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        AssertSentToSignIn(await user.GetAsync("/"));
    }

    private HttpClient CopyOfSession(HttpResponseMessage signIn)
    {
        var cookie = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("Relief.Auth=", StringComparison.Ordinal));
        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        return copy;
    }

    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/SignIn", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private async Task<string> CreateUserAsync(string userName, Action<ReliefUser> state)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ReliefUser>>();
        if (await users.FindByNameAsync(userName) is { } existing) return existing.Id;
        var officer = await users.FindByNameAsync(DemoUsers.Officer);
        var user = new ReliefUser { UserName = userName, DisplayName = "保密测试", OrgUnitId = officer!.OrgUnitId, CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, DemoUsers.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Officer)).Succeeded);
        state(user);
        Assert.True((await users.UpdateAsync(user)).Succeeded);
        return user.Id;
    }
}
