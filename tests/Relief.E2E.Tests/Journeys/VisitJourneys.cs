using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

/// <summary>走访 on a phone: an officer in a doorway records the visit on a 360×740 screen and hands over a payable grant.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class VisitJourneys(LiveApp app)
{
    private static Task<bool> HasNoHorizontalScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    [BrowserFact]
    public async Task An_officer_records_a_home_visit_on_a_phone_and_hands_over_a_payable_grant()
    {
        var campaign = await app.RunningCampaignAsync();
        var grant = await app.QueryAsync(async db =>
        {
            var unitPath = await db.Users.Where(u => u.UserName == "officer")
                .Select(u => db.OrgUnits.Where(o => o.Id == u.OrgUnitId).Select(o => o.Path).First()).SingleAsync();
            return await db.Grants.Where(g => g.Status == GrantStatus.Payable && g.CampaignId == campaign.Id && g.OrgUnit!.Path.StartsWith(unitPath))
                .OrderBy(g => g.Id)
                .Select(g => new
                {
                    g.Id, g.HouseholdId, g.CampaignId,
                    NoticeEndedOn = db.NoticeItems.OutsideUnitScope().Where(i => i.GrantId == g.Id)
                        .Select(i => db.PublicNotices.OutsideUnitScope().Where(n => n.Id == i.PublicNoticeId).Select(n => n.EndsOn).First()).Max(),
                })
                .FirstAsync();
        });
        // The first day the grant may be handed over (the day after its notice ended), inside the campaign.
        var visitedOn = grant.NoticeEndedOn.AddDays(1);
        Assert.InRange(visitedOn, campaign.StartsOn, campaign.EndsOn);
        var page = await app.NewPageAsync(360, 740);
        await app.SignInAsync(page, "officer");

        await page.GotoAsync($"{app.BaseUrl}/Visits/Create?householdId={grant.HouseholdId}&campaignId={grant.CampaignId}");
        Assert.True(await HasNoHorizontalScrollAsync(page), "The visit form scrolls sideways at 360 px.");
        // Within the campaign, so no out-of-window confirmation is needed.
        await page.Locator("#Input_VisitedOn").FillAsync(LiveApp.Iso(visitedOn));
        await page.Locator("#Input_Notes").FillAsync("与工会主席一同登门，送去慰问金和米、油，了解家中老人近况。");
        var handOver = page.Locator($"input[name='Input.HandOverGrantIds'][value='{grant.Id}']");
        await handOver.CheckAsync();
        await page.Locator("#Input_HandOverMethod").SelectOptionAsync(nameof(DisbursementMethod.Cash));
        await page.Locator("#Input_HandOverSignedOff").CheckAsync();
        Assert.True(await HasNoHorizontalScrollAsync(page), "The visit form scrolls sideways at 360 px once filled in.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "visit-phone-1-form");

        await page.Locator(".save-bar button.btn-primary").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("/Visits/Details/", page.Url, StringComparison.Ordinal);
        Assert.True(await HasNoHorizontalScrollAsync(page), "The visit details scroll sideways at 360 px.");
        await LiveApp.ScreenshotAsync(page, "visit-phone-2-saved");

        var payment = await app.QueryAsync(db => db.Disbursements.Where(d => d.GrantId == grant.Id).Select(d => new { d.PaidOn, d.Method, d.SignedOff, d.VisitId }).SingleAsync());
        Assert.Equal(visitedOn, payment.PaidOn);
        Assert.Equal(DisbursementMethod.Cash, payment.Method);
        Assert.True(payment.SignedOff);
        Assert.NotNull(payment.VisitId);
        Assert.Equal(GrantStatus.Disbursed, await app.QueryAsync(db => db.Grants.Where(g => g.Id == grant.Id).Select(g => g.Status).SingleAsync()));

        // The grant is gone from the officer's payable list; paying it again from the list is impossible.
        await page.GotoAsync($"{app.BaseUrl}/Disbursements?campaignId={grant.CampaignId}");
        Assert.Equal(0, await page.Locator($"#grant-{grant.Id}").CountAsync());
        Assert.True(await HasNoHorizontalScrollAsync(page), "The payment list scrolls sideways at 360 px.");
        await LiveApp.ScreenshotAsync(page, "visit-phone-3-payable-list");
    }
}
