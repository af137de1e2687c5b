using Microsoft.Playwright;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

/// <summary>axe on every main page as the role that uses it: nothing serious or critical.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class AccessibilitySweep(LiveApp app)
{
    private static readonly string[] AdministratorPages =
        ["/", "/Administration/Units", "/Administration/Units/Create", "/Administration/Users", "/Administration/Users/Create", "/Administration/AuditLog", "/BankPayments/Layouts", "/BankPayments/LayoutEdit"];

    private static readonly string[] OfficerPages =
    [
        "/", "/Households", "/Households/Create", "/Households/Import", "/Surveys/Drive", "/Surveys/Priority",
        "/Visits", "/Visits/Create", "/Visits/NotReached", "/Visits/Leaders", "/Visits/Letters",
        "/Concerns", "/Concerns/Create", "/Notices", "/Objections", "/Disbursements", "/Reports",
        "/Campaigns", "/Grants", "/Grants/Apply", "/Grants/Bulk", "/Meetings", "/ServiceEvents", "/ServiceEvents/Create",
        "/Pairing", "/Pairing/Create", "/Hotline", "/Hotline/Create", "/Goods", "/Goods/Receipts", "/Goods/Handouts", "/Goods/Receive", "/BankPayments",
    ];

    private static readonly string[] ChairPages =
        ["/", "/Dashboard", "/Campaigns", "/Campaigns/Create", "/Grants", "/Meetings", "/Meetings/Create", "/Notices", "/Notices/Create",
         "/Objections", "/Disbursements", "/BankPayments", "/Concerns", "/Hotline/Settings", "/Reports"];

    private static readonly string[] PhonePages =
        ["/Visits/Create", "/Concerns/Create", "/Households", "/Grants/Apply", "/Hotline/Create", "/ServiceEvents/Create", "/Goods"];

    [BrowserFact]
    public Task Administrator_pages_have_no_serious_violations() => SweepAsync("admin", AdministratorPages);

    [BrowserFact]
    public Task Officer_pages_have_no_serious_violations() => SweepAsync("officer", OfficerPages);

    [BrowserFact]
    public async Task Chair_pages_have_no_serious_violations()
    {
        var page = await SweepAsync("chair", ChairPages);

        // The narrative editor of the newest campaign, reached the way a chair does: from the reports page.
        await page.GotoAsync(app.BaseUrl + "/Reports");
        await page.Locator("a[href*='/Reports/Narrative/']").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("/Reports/Narrative/", page.Url);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [BrowserFact]
    public Task The_officer_pages_used_in_a_doorway_have_no_serious_violations_on_a_phone() =>
        SweepAsync("officer", PhonePages, 360, 740);

    [BrowserFact]
    public async Task The_sign_in_and_first_pages_have_no_serious_violations_on_a_phone()
    {
        var page = await app.NewPageAsync(360, 740);
        await page.GotoAsync(app.BaseUrl + "/Account/SignIn");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    private async Task<IPage> SweepAsync(string user, IEnumerable<string> paths, int width = 1280, int height = 900)
    {
        var page = await app.NewPageAsync(width, height);
        await app.SignInAsync(page, user);
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(app.BaseUrl + path);
            Assert.True(response?.Ok, $"{path} answered {response?.Status}");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
        }
        return page;
    }
}
