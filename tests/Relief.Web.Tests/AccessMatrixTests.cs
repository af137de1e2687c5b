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

    public static TheoryData<string, string, string> HandlerCells()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var rule in AccessMatrix.Handlers)
        foreach (var role in AccessMatrix.RoleNames)
            data.Add(rule.Page, rule.Handler, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(HandlerCells))]
    public async Task Each_role_gets_the_answer_the_matrix_states_when_it_posts_to_a_handler(string page, string handler, string role)
    {
        var rule = AccessMatrix.Handlers.Single(r => r.Page == page && r.Handler == handler);
        var url = fixture.Resolve(rule.Url);
        var fields = fixture.Resolve(rule.Fields).Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "");
        fields["__RequestVerificationToken"] = await fixture.TokenForAsync(role);
        using var content = new FormUrlEncodedContent(fields);
        var response = await fixture.ClientFor(role).PostAsync(url, content);

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
        Assert.True(expected == actual, $"{role} POST {url}: expected {expected}, got {(int)response.StatusCode} {location}");
    }

    [Fact]
    public void Every_post_handler_of_the_covered_sections_is_in_the_handler_matrix()
    {
        var handlers = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && t.Namespace is { } ns && ns.StartsWith("Relief.Web.Pages", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods().Where(m => m.DeclaringType == t && m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                .Select(m => (Page: PagePath(t), Handler: m.Name["OnPost".Length..].Replace("Async", "", StringComparison.Ordinal))))
            .Where(h => AccessMatrix.HandlerSections.Any(section => h.Page.StartsWith(section + "/", StringComparison.Ordinal)))
            .Distinct()
            .ToList();
        Assert.NotEmpty(handlers);
        var missing = handlers.Where(h => !AccessMatrix.Handlers.Any(r => r.Page == h.Page && r.Handler == h.Handler)).ToList();
        Assert.True(missing.Count == 0, "Handlers missing from the handler matrix: " + string.Join(", ", missing));
    }

    /// <summary>Relief.Web.Pages.Meetings.DetailsModel → /Meetings/Details.</summary>
    private static string PagePath(Type model) =>
        model.Namespace!["Relief.Web.Pages".Length..].Replace('.', '/') + "/" + model.Name[..^"Model".Length];

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
