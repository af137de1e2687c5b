using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

/// <summary>
/// 集体研究 end to end: the chair opens a committee meeting, puts an officer's waiting application on its agenda,
/// approves it against a fund source whose balance is shown beside it, and builds the public notice from it; then the
/// dashboard, on a desktop and on a 360 px phone.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class CommitteeJourneys(LiveApp app)
{
    private static Task<bool> HasNoHorizontalScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    private static async Task ClickAndWaitAsync(ILocator locator)
    {
        await locator.ClickAsync();
        await locator.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    [BrowserFact]
    public async Task The_chair_decides_an_officers_application_in_a_meeting_and_builds_the_notice()
    {
        var campaign = await app.RunningCampaignAsync();
        var application = await app.QueryAsync(async db =>
        {
            var unitId = await db.Users.Where(u => u.UserName == "officer").Select(u => u.OrgUnitId).SingleAsync();
            return await db.Grants.Where(g => g.Status == GrantStatus.Applied && g.CommitteeMeetingId == null && g.OrgUnitId == unitId && g.CampaignId == campaign.Id)
                .OrderBy(g => g.Id).Select(g => new { g.Id, g.CampaignId, g.TotalAmount, g.Household!.Name, g.OrgUnitId, g.AppliedOn }).FirstAsync();
        });
        // The campaign's next meeting: no earlier than its last one, nor than the application it decides.
        var lastMeeting = await app.QueryAsync(db => db.CommitteeMeetings.Where(m => m.CampaignId == campaign.Id).MaxAsync(m => m.HeldOn));
        var heldOn = LiveApp.Iso(lastMeeting > application.AppliedOn ? lastMeeting : application.AppliedOn);
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "chair");

        // 新建会议: prefilled from the last meeting; held on that day (the notice below is posted then too: a notice may not
        // go up before the meeting that approved its grants); a minutes reference added.
        await page.GotoAsync($"{app.BaseUrl}/Meetings?campaignId={application.CampaignId}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await ClickAndWaitAsync(page.Locator("main .page-header a.btn-primary"));
        await page.Locator("#Input_HeldOn").FillAsync(heldOn);
        await page.Locator("#Input_MinutesReference").FillAsync($"丽电工纪〔{campaign.Year}〕5号");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "meeting-1-create");
        await ClickAndWaitAsync(page.Locator("#save-meeting"));
        Assert.Contains("/Meetings/Details/", page.Url, StringComparison.Ordinal);
        var meetingUrl = page.Url;

        // The officer's application waits below, filtered to the officer's branch; ticked and put on the agenda.
        await page.Locator("#UnitId").SelectOptionAsync(application.OrgUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await ClickAndWaitAsync(page.Locator("#attach button[type=submit]").First);
        await page.Locator($"#pick-{application.Id}").CheckAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "meeting-2-waiting");
        await ClickAndWaitAsync(page.Locator("#attach-chosen"));
        Assert.Equal(1, await page.Locator($"#grant-{application.Id}").CountAsync());

        // Approve against the allocation: its balance is in the choice itself.
        var allocation = await app.QueryAsync(db => db.FundSources.Where(f => f.CampaignId == application.CampaignId && f.Kind == Relief.Core.Features.Campaigns.FundSourceKind.Allocation)
            .Select(f => new { f.Id, f.Name, f.Amount, f.Committed, f.Spent }).FirstAsync());
        var row = page.Locator($"#grant-{application.Id}");
        await page.Locator($"#Rows_{application.Id}_Approve").CheckAsync();
        await row.Locator("select").SelectOptionAsync(allocation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("余额 ¥", await row.Locator("select option:checked").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "meeting-3-decision");
        await ClickAndWaitAsync(page.Locator($"#decide-{application.Id}"));
        Assert.Contains($"已记录：{application.Name}，批准", await page.Locator("[role=status].alert-success").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(GrantStatus.Approved, await app.QueryAsync(db => db.Grants.Where(g => g.Id == application.Id).Select(g => g.Status).SingleAsync()));
        var committed = await app.QueryAsync(db => db.FundSources.Where(f => f.Id == allocation.Id).Select(f => f.Committed).SingleAsync());
        Assert.Equal(allocation.Committed + application.TotalAmount, committed);
        await LiveApp.ScreenshotAsync(page, "meeting-4-decided");

        // The decision page on a phone: one column, nothing sideways.
        var phone = await app.NewPageAsync(360, 740);
        await app.SignInAsync(phone, "chair");
        await phone.GotoAsync(meetingUrl);
        Assert.True(await HasNoHorizontalScrollAsync(phone), "The decision page scrolls sideways at 360 px.");
        await LiveApp.ScreenshotAsync(phone, "meeting-5-phone");

        // 生成公示: the notice form opens on this meeting's approved grants; posted.
        await ClickAndWaitAsync(page.Locator("#build-notice"));
        Assert.Equal(1, await page.Locator(".notice-table tbody tr").CountAsync());
        await page.Locator("#Input_PostedOn").FillAsync(heldOn);
        await page.Locator("#entered-late summary").ClickAsync();
        await page.Locator("#Input_EnteredLateReason").FillAsync("纸质公示已张贴，事后补录");
        await page.Locator("#Input_Location").FillAsync("公司公开栏");
        await LiveApp.ScreenshotAsync(page, "meeting-6-notice");
        await ClickAndWaitAsync(page.Locator("#post-notice"));
        Assert.Contains("/Notices/Details/", page.Url, StringComparison.Ordinal);
        Assert.Equal(GrantStatus.OnNotice, await app.QueryAsync(db => db.Grants.Where(g => g.Id == application.Id).Select(g => g.Status).SingleAsync()));
    }

    [BrowserFact]
    public async Task The_dashboard_reads_on_a_desktop_and_on_a_phone()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "chair");
        Assert.Equal(1, await page.Locator("#current-campaign #to-dashboard").CountAsync());
        await LiveApp.ScreenshotAsync(page, "dashboard-0-home");
        await ClickAndWaitAsync(page.Locator("#to-dashboard"));
        Assert.Equal(6, await page.Locator("svg.bar-chart[role=img]").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "dashboard-1-desktop");
        await page.Locator("#funds-heading ~ details summary").ClickAsync();
        Assert.True(await page.Locator("#table-funds").IsVisibleAsync());

        var phone = await app.NewPageAsync(360, 740);
        await app.SignInAsync(phone, "chair");
        await phone.GotoAsync(app.BaseUrl + "/Dashboard");
        Assert.True(await HasNoHorizontalScrollAsync(phone), "The dashboard scrolls sideways at 360 px.");
        // Chart text stays legible: labels are drawn at 15 px whatever the width.
        var labelSize = await phone.Locator("svg.bar-chart text.chart-label").First.EvaluateAsync<string>("e => getComputedStyle(e).fontSize");
        Assert.Equal("15px", labelSize);
        await Accessibility.AssertNoSeriousViolationsAsync(phone);
        await LiveApp.ScreenshotAsync(phone, "dashboard-2-phone");
    }
}
