using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests;

public sealed class AccessMatrixTests(AccessMatrixFixture fixture) : IClassFixture<AccessMatrixFixture>
{
    public static TheoryData<string, string> Cells()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in AccessMatrix.Rules)
        foreach (var role in AccessMatrix.RoleNames)
            data.Add(rule.Url, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_role_gets_the_answer_the_matrix_states(string url, string role)
    {
        var rule = AccessMatrix.Rules.Single(r => r.Url == url);
        var resolved = fixture.Resolve(rule.Url);
        var response = await fixture.ClientFor(role).GetAsync(resolved);

        var expected = rule.For(role);
        var location = response.Headers.Location?.ToString() ?? "";
        var actual = response.StatusCode switch
        {
            HttpStatusCode.OK => Expect.Ok,
            HttpStatusCode.Forbidden => Expect.Forbidden,
            HttpStatusCode.NotFound => Expect.NotFound,
            HttpStatusCode.Redirect when location.Contains("/Account/SignIn", StringComparison.Ordinal) => Expect.SignIn,
            HttpStatusCode.Redirect => Expect.Redirect,
            _ => (Expect)(-1),
        };
        Assert.True(expected == actual, $"{role} GET {resolved}: expected {expected}, got {(int)response.StatusCode} {location}");
    }

    [Fact]
    public void Every_page_of_the_app_is_in_the_matrix()
    {
        var pages = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath)
            .OfType<string>()
            .Distinct()
            .ToList();
        Assert.NotEmpty(pages);
        var missing = pages.Except(AccessMatrix.Rules.Select(r => r.Page)).OrderBy(p => p).ToList();
        var stale = AccessMatrix.Rules.Select(r => r.Page).Except(pages).ToList();
        Assert.True(missing.Count == 0, "Pages missing from the access matrix: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Matrix rows for pages that no longer exist: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task Health_check_answers_anonymously_and_checks_the_database()
    {
        var response = await fixture.ClientFor("Anonymous").GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await fixture.ClientFor("Anonymous").GetAsync("/Account/SignIn");
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
