using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Administration;

/// <summary>
/// "page" is also Razor Pages' own route value, so a property bound under that name reads the page's path and every
/// list stayed on its first page. These lists take the page number from the query string.
/// </summary>
public sealed class PagingTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    [Fact]
    public async Task The_audit_log_shows_its_second_page_when_asked()
    {
        using var client = await factory.SignedInAsync(DemoUsers.Administrator);

        var first = await client.GetHtmlAsync("/Administration/AuditLog");
        var second = await client.GetHtmlAsync("/Administration/AuditLog?page=2");

        var firstStatus = first.QuerySelector("nav.my-2 span[aria-live]")?.TextContent ?? "";
        var secondStatus = second.QuerySelector("nav.my-2 span[aria-live]")?.TextContent ?? "";
        Assert.Contains("第 1 页", firstStatus, StringComparison.Ordinal);
        Assert.Contains("第 2 页", secondStatus, StringComparison.Ordinal);
        var firstKeys = first.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        var secondKeys = second.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.NotEmpty(secondKeys);
        Assert.Empty(firstKeys.Intersect(secondKeys));
    }

    [Theory]
    [InlineData("/Administration/Users?page=2")]
    [InlineData("/Visits?page=2")]
    [InlineData("/Concerns?scope=all&page=2")]
    public async Task A_page_number_beyond_the_first_is_read_from_the_query_string(string url)
    {
        using var client = await factory.SignedInAsync(DemoUsers.Administrator);

        var page = await client.GetHtmlAsync(url);

        var status = page.QuerySelector("nav.my-2 span[aria-live]")?.TextContent;
        Assert.NotNull(status);
        Assert.StartsWith("第 2 页", status, StringComparison.Ordinal);
    }
}
