using System.Net;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Account;

/// <summary>Outside Development there are no demo users: the first visitor creates the root union and the administrator.</summary>
public sealed class FirstRunTests : IClassFixture<FirstRunTests.EmptyAppFactory>
{
    private readonly EmptyAppFactory _factory;

    public FirstRunTests(EmptyAppFactory factory) => _factory = factory;

    public sealed class EmptyAppFactory : ReliefWebFactory
    {
        protected override string Environment => "Staging";

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Security:IdNumbers:HashKey"] = "staging-test-key-0123456789abcdef0123456789",
        };
    }

    [Fact]
    public async Task First_run_creates_the_administrator_then_disappears()
    {
        using var client = _factory.CreateBrowser();
        var signIn = await client.GetAsync("/Account/SignIn");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/Setup", signIn.Headers.Location?.ToString());

        var setup = await client.GetHtmlAsync("/Setup");
        var mismatch = await client.SubmitAsync(setup, new Dictionary<string, string>
        {
            ["Input.UnitName"] = "测试市总工会", ["Input.UserName"] = "root", ["Input.DisplayName"] = "王管理",
            ["Input.Password"] = "Strong#pass2026", ["Input.ConfirmPassword"] = "Other#pass2026",
        });
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Contains("两次输入的密码不一致", (await mismatch.ReadHtmlAsync()).Body?.TextContent, StringComparison.Ordinal);

        var weak = await client.SubmitAsync(setup, new Dictionary<string, string>
        {
            ["Input.UnitName"] = "测试市总工会", ["Input.UserName"] = "root", ["Input.DisplayName"] = "王管理",
            ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "short",
        });
        Assert.Contains("密码至少需要 10 位", (await weak.ReadHtmlAsync()).Body?.TextContent, StringComparison.Ordinal);

        var created = await client.SubmitAsync(setup, new Dictionary<string, string>
        {
            ["Input.UnitName"] = "测试市总工会", ["Input.UserName"] = "root", ["Input.DisplayName"] = "王管理",
            ["Input.Password"] = "Strong#pass2026", ["Input.ConfirmPassword"] = "Strong#pass2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var units = await client.GetHtmlAsync("/Administration/Units");
        Assert.Contains("测试市总工会", units.QuerySelector("tbody")?.TextContent, StringComparison.Ordinal);

        using var stranger = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/Setup")).StatusCode);
    }
}
