using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Hosting;

/// <summary>
/// The main navigation keeps one line of sections (UI.md); pages without an entry of their own mark the section they
/// belong to as current, and the section's tabs lead to them.
/// </summary>
public sealed class NavigationSectionTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    [Theory]
    [InlineData("/Goods", "/Disbursements")]
    [InlineData("/Goods/Receipts", "/Disbursements")]
    [InlineData("/Pairing", "/ServiceEvents")]
    [InlineData("/Hotline", "/Concerns")]
    [InlineData("/Hotline/Settings", "/Concerns")]
    [InlineData("/Meetings", "/Grants")]
    [InlineData("/", "/Dashboard")]
    public async Task A_page_marks_its_section_as_current(string path, string section)
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var page = await chair.GetHtmlAsync(path);
        var current = page.QuerySelectorAll(".app-header a[aria-current=page]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([section], current);
    }

    [Fact]
    public async Task The_chair_sees_eleven_sections_and_each_grouped_page_is_one_tab_away()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var home = await chair.GetHtmlAsync("/");
        var entries = home.QuerySelectorAll(".app-header .navbar-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(11, entries.Count);
        Assert.DoesNotContain("/Goods", entries);
        Assert.DoesNotContain("/Pairing", entries);
        Assert.DoesNotContain("/Hotline", entries);

        static IReadOnlyList<string?> Tabs(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("main .nav-tabs a").Select(a => a.GetAttribute("href")?.Split('?')[0]).ToList();
        Assert.Contains("/Goods", Tabs(await chair.GetHtmlAsync("/Disbursements")));
        Assert.Contains("/Pairing", Tabs(await chair.GetHtmlAsync("/ServiceEvents")));
        Assert.Contains("/ServiceEvents", Tabs(await chair.GetHtmlAsync("/Pairing")));
        Assert.Contains("/Hotline", Tabs(await chair.GetHtmlAsync("/Concerns")));
        Assert.Contains("/Concerns", Tabs(await chair.GetHtmlAsync("/Hotline")));
    }
}
