using System.Net;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Hosting;

/// <summary>
/// Every page of the matrix, for every role, asked for a handler it does not have (GET and POST, the POST with the
/// role's antiforgery token so it reaches the page): never a 5xx. Where the role may open the page, the answer is a
/// 404 (no such handler) or 405 (no handler for the method), not the page rendered without its handler.
/// </summary>
public sealed class UnknownHandlerTests(AccessMatrixFixture fixture) : IClassFixture<AccessMatrixFixture>
{
    public static TheoryData<string, string> Cells()
    {
        var data = new TheoryData<string, string>();
        foreach (var url in AccessMatrix.Rules.Select(r => r.Url).Where(u => !u.Contains("handler=", StringComparison.Ordinal)).Distinct())
        foreach (var role in AccessMatrix.RoleNames)
            data.Add(url, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task An_unknown_handler_is_never_a_server_error(string url, string role)
    {
        var rule = AccessMatrix.Rules.First(r => r.Url == url);
        var resolved = fixture.Resolve(url);
        var unknown = resolved + (resolved.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=Nope";
        var client = fixture.ClientFor(role);

        var get = await client.GetAsync(unknown);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await fixture.TokenForAsync(role) });
        var post = await client.PostAsync(unknown, form);
        using var plainForm = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await fixture.TokenForAsync(role) });
        var plainPost = rule.Page == "/Account/SignOut" ? null : await client.PostAsync(resolved, plainForm);

        Assert.True((int)get.StatusCode < 500, $"{role} GET {unknown}: {(int)get.StatusCode}");
        Assert.True((int)post.StatusCode < 500, $"{role} POST {unknown}: {(int)post.StatusCode}");
        Assert.True(plainPost is null || (int)plainPost.StatusCode < 500, $"{role} POST {resolved}: {(int?)plainPost?.StatusCode}");
        if (rule.For(role) == Expect.Ok)
        {
            Assert.True(get.StatusCode == HttpStatusCode.NotFound, $"{role} GET {unknown}: {(int)get.StatusCode}, not 404");
            Assert.True(post.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{role} POST {unknown}: {(int)post.StatusCode}, not 404/405");
        }
    }
}
