using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Features.Administration;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Account;

public sealed class SignInTests : IClassFixture<ReliefWebFactory>
{
    private readonly ReliefWebFactory _factory;

    public SignInTests(ReliefWebFactory factory) => _factory = factory;

    [Theory]
    [InlineData(DemoUsers.Administrator)]
    [InlineData(DemoUsers.Officer)]
    [InlineData(DemoUsers.OtherBranchOfficer)]
    [InlineData(DemoUsers.Chair)]
    [InlineData(DemoUsers.Auditor)]
    public async Task Each_demo_account_signs_in_and_sees_the_dashboard(string userName)
    {
        using var client = await _factory.SignedInAsync(userName);
        var page = await client.GetHtmlAsync("/");
        Assert.Equal("工作台", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_no_cookie()
    {
        using var client = _factory.CreateBrowser();
        var response = await client.TrySignInAsync(DemoUsers.Chair, "Wrong#password1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("用户名或密码不正确", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_even_against_the_right_password()
    {
        const string userName = "lockout-target";
        await using (var scope = _factory.Services.CreateSystemScope("test set-up"))
        {
            var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ReliefUser>>();
            var officer = await userManager.FindByNameAsync(DemoUsers.Officer);
            var target = new ReliefUser { UserName = userName, DisplayName = "锁定测试", OrgUnitId = officer!.OrgUnitId, CreatedAt = DateTime.UtcNow };
            Assert.True((await userManager.CreateAsync(target, DemoUsers.Password)).Succeeded);
            Assert.True((await userManager.AddToRoleAsync(target, Roles.Officer)).Succeeded);
        }
        using var client = _factory.CreateBrowser();
        for (var attempt = 0; attempt < 5; attempt++)
            await client.TrySignInAsync(userName, $"Wrong#password{attempt}");

        var response = await client.TrySignInAsync(userName, DemoUsers.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("已被锁定", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);

        using var admin = await _factory.SignedInAsync(DemoUsers.Administrator);
        var users = await admin.GetHtmlAsync($"/Administration/Users?search={userName}");
        Assert.Contains("已锁定", users.QuerySelector("tbody")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_requests_go_to_sign_in_with_the_return_url()
    {
        using var client = _factory.CreateBrowser();
        var response = await client.GetAsync("/Administration/Users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/SignIn?ReturnUrl=%2FAdministration%2FUsers", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_turns_the_interface_to_English_and_back()
    {
        using var client = await _factory.SignedInAsync(DemoUsers.Chair);
        var home = await client.GetHtmlAsync("/");
        var switched = await client.SubmitAsync(home, new Dictionary<string, string>(), formSelector: "form.culture-switch");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var english = await client.GetHtmlAsync("/");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Dashboard", english.QuerySelector("h1")?.TextContent.Trim());

        await client.SubmitAsync(english, new Dictionary<string, string>(), formSelector: "form.culture-switch");
        Assert.Equal("zh-CN", (await client.GetHtmlAsync("/")).DocumentElement.GetAttribute("lang"));
    }
}
