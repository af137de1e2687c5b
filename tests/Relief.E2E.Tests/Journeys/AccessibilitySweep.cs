using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

/// <summary>axe on every main page as the role that uses it: nothing serious or critical.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class AccessibilitySweep(LiveApp app)
{
    private static readonly string[] AdministratorPages =
        ["/", "/Administration/Units", "/Administration/Units/Create", "/Administration/Users", "/Administration/Users/Create", "/Administration/AuditLog"];

    private static readonly string[] OfficerPages =
        ["/", "/Households", "/Households/Create", "/Households/Import", "/Surveys/Drive", "/Surveys/Priority", "/Reports"];

    [BrowserFact]
    public Task Administrator_pages_have_no_serious_violations() => SweepAsync("admin", AdministratorPages);

    [BrowserFact]
    public Task Officer_pages_have_no_serious_violations() => SweepAsync("officer", OfficerPages);

    [BrowserFact]
    public async Task The_sign_in_and_first_pages_have_no_serious_violations_on_a_phone()
    {
        var page = await app.NewPageAsync(360, 740);
        await page.GotoAsync(app.BaseUrl + "/Account/SignIn");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    private async Task SweepAsync(string user, IEnumerable<string> paths)
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, user);
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(app.BaseUrl + path);
            Assert.True(response?.Ok, $"{path} answered {response?.Status}");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
        }
    }
}
