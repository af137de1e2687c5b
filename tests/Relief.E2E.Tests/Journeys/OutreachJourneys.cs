using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Pairing;
using Relief.Core.Features.ServiceEvents;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

/// <summary>
/// 送服务 and 结对帮扶 in a browser: the event form whose figures follow the kind, used on a phone; help recorded on a
/// phone; and the lists and the pairing overview at desktop width.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class OutreachJourneys(LiveApp app)
{
    private static Task<bool> HasNoHorizontalScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    [BrowserFact]
    public async Task An_officer_records_a_training_on_a_phone_and_only_its_figures_are_offered()
    {
        var household = await app.QueryAsync(async db =>
        {
            var unit = await db.Users.Where(u => u.UserName == "officer").Select(u => u.OrgUnitId).SingleAsync();
            return await db.Households.Where(h => h.OrgUnitId == unit).OrderBy(h => h.Id).Select(h => new { h.Id, h.Name }).FirstAsync();
        });
        var page = await app.NewPageAsync(360, 740);
        await app.SignInAsync(page, "officer");
        await page.GotoAsync($"{app.BaseUrl}/ServiceEvents/Create");
        Assert.True(await page.Locator("#Input_PositionsOffered").IsVisibleAsync());
        Assert.False(await page.Locator("#Input_Trainees").IsVisibleAsync());
        await LiveApp.ScreenshotAsync(page, "outreach-phone-1-event-form-jobfair");

        await page.Locator("label[for=Input_Kind_Training]").ClickAsync();
        Assert.False(await page.Locator("#Input_PositionsOffered").IsVisibleAsync());
        Assert.True(await page.Locator("#Input_Trainees").IsVisibleAsync());
        await page.Locator("#Input_Title").FillAsync("困难职工家属电工技能培训班");
        // Held in the running campaign's second week.
        await page.Locator("#Input_HeldOn").FillAsync(LiveApp.Iso((await app.RunningCampaignAsync()).StartsOn.AddDays(7)));
        await page.Locator("#Input_Partners").FillAsync("丽水市人力资源和社会保障局");
        await page.Locator("#Input_Sessions").FillAsync("1");
        await page.Locator("#Input_Trainees").FillAsync("32");
        await page.Locator("#HouseholdSearch").FillAsync(household.Name);
        await page.Locator("#household-results button").First.ClickAsync();
        Assert.True(await page.Locator($"#household-{household.Id}").IsCheckedAsync());
        Assert.True(await HasNoHorizontalScrollAsync(page), "The event form scrolls sideways at 360 px.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "outreach-phone-2-event-form-training");

        await page.Locator(".save-bar button.btn-primary").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("/ServiceEvents/Details/", page.Url, StringComparison.Ordinal);
        Assert.True(await HasNoHorizontalScrollAsync(page), "The event details scroll sideways at 360 px.");
        await LiveApp.ScreenshotAsync(page, "outreach-phone-3-event-details");
        await page.GotoAsync($"{app.BaseUrl}/ServiceEvents");
        Assert.True(await HasNoHorizontalScrollAsync(page), "The event list scrolls sideways at 360 px.");
        await LiveApp.ScreenshotAsync(page, "outreach-phone-3b-event-list");
        var saved = await app.QueryAsync(db => db.ServiceEvents.Include(e => e.Households).OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal((ServiceEventKind.Training, 32, (int?)null), (saved.Kind, saved.Trainees, saved.PositionsOffered));
        Assert.Equal([household.Id], saved.Households.Select(h => h.HouseholdId));
    }

    [BrowserFact]
    public async Task An_officer_records_goods_given_by_a_paired_cadre_on_a_phone()
    {
        var year = (await app.RunningCampaignAsync()).Year;
        var (pairing, pairedOn) = await app.QueryAsync(async db =>
        {
            var unit = await db.Users.Where(u => u.UserName == "officer").Select(u => u.OrgUnitId).SingleAsync();
            return await db.HelperPairings.Where(p => p.OrgUnitId == unit && p.Year == year && p.Households.Count > 1).OrderBy(p => p.Id)
                .Select(p => new ValueTuple<int, DateOnly>(p.Id, p.PairedOn)).FirstAsync();
        });
        var page = await app.NewPageAsync(360, 740);
        await app.SignInAsync(page, "officer");
        await page.GotoAsync($"{app.BaseUrl}/Pairing");
        Assert.True(await HasNoHorizontalScrollAsync(page), "The pairing overview scrolls sideways at 360 px.");
        await LiveApp.ScreenshotAsync(page, "outreach-phone-4-pairing-overview");

        await page.GotoAsync($"{app.BaseUrl}/Pairing/Record/{pairing}");
        await page.Locator("input[name='Input.HouseholdId']").First.CheckAsync();
        await page.Locator("label[for=Input_Kind_Goods]").ClickAsync();
        Assert.False(await page.Locator("#Input_Amount").IsVisibleAsync());
        // Given a few weeks after the pairing began.
        await page.Locator("#Input_GivenOn").FillAsync(LiveApp.Iso(pairedOn.AddDays(26)));
        await page.Locator("#Input_ItemName").FillAsync("大米");
        await page.Locator("#Input_Quantity").FillAsync("50");
        await page.Locator("#Input_Unit").FillAsync("斤");
        Assert.True(await HasNoHorizontalScrollAsync(page), "The help form scrolls sideways at 360 px.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "outreach-phone-5-record-goods");

        await page.Locator(".save-bar button.btn-primary").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains($"/Pairing/Details/{pairing}", page.Url, StringComparison.Ordinal);
        Assert.True(await HasNoHorizontalScrollAsync(page), "The pairing details scroll sideways at 360 px.");
        await LiveApp.ScreenshotAsync(page, "outreach-phone-6-pairing-details");
        var last = await app.QueryAsync(db => db.HelpRecords.Where(r => r.PairingId == pairing).OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal((HelpKind.Goods, 50m, "斤"), (last.Kind, last.Quantity, last.Unit));
    }

    [BrowserFact]
    public async Task The_chair_reads_the_event_list_the_job_fair_form_and_the_pairing_overview_at_desktop_width()
    {
        var running = await app.RunningCampaignAsync();
        var (campaign, fair, pairing) = await app.QueryAsync(async db => (
            running.Id,
            await db.ServiceEvents.Where(e => e.Kind == ServiceEventKind.JobFair && e.HeldOn >= running.StartsOn).OrderByDescending(e => e.HeldOn).Select(e => e.Id).FirstAsync(),
            await db.HelperPairings.Where(p => p.HelperName == "潘建明").Select(p => p.Id).FirstAsync()));
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "chair");

        await page.GotoAsync($"{app.BaseUrl}/ServiceEvents?Filter.CampaignId={campaign}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "outreach-desktop-1-event-list");
        await page.GotoAsync($"{app.BaseUrl}/ServiceEvents/Edit/{fair}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "outreach-desktop-2-job-fair-form");
        await page.GotoAsync($"{app.BaseUrl}/ServiceEvents/Details/{fair}");
        await LiveApp.ScreenshotAsync(page, "outreach-desktop-3-job-fair-details");
        await page.GotoAsync($"{app.BaseUrl}/Pairing?Filter.CampaignId={campaign}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "outreach-desktop-4-pairing-overview");
        await page.GotoAsync($"{app.BaseUrl}/Pairing/Details/{pairing}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "outreach-desktop-5-pairing-details");
        await page.GotoAsync($"{app.BaseUrl}/Pairing/Create?campaignId={campaign}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "outreach-desktop-6-pairing-form");
    }
}
