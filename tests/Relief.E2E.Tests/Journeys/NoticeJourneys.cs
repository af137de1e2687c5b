using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Notices;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

/// <summary>
/// 公示 end to end: the chair posts the approved grants, prints the notice, records an objection, dismisses it and
/// closes the notice. The notice goes up the day after the meeting that approved its grants (read from the records), on
/// the demo's story calendar, so its period has ended by now: no clock is faked.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class NoticeJourneys(LiveApp app)
{
    [BrowserFact]
    public async Task A_notice_is_posted_objected_to_dismissed_and_closed_and_prints_on_a4()
    {
        var campaign = await app.RunningCampaignAsync();
        var campaignId = campaign.Id;
        var approved = await app.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && g.Status == GrantStatus.Approved).Select(g => g.Id).ToListAsync());
        Assert.NotEmpty(approved);
        var decidedOn = await app.QueryAsync(db => db.CommitteeMeetings.Where(m => db.Grants.Any(g => approved.Contains(g.Id) && g.CommitteeMeetingId == m.Id)).MaxAsync(m => m.HeldOn));
        var postedOn = decidedOn.AddDays(1);
        var endsOn = WorkingDays.EndOfPeriod(postedOn, app.Services.GetRequiredService<IOptions<NoticeOptions>>().Value);
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "chair");

        await page.GotoAsync($"{app.BaseUrl}/Notices/Create?campaignId={campaignId}");
        await page.Locator("#Input_Title").FillAsync($"{campaign.Year}年元旦春节送温暖帮扶对象公示（第三批）");
        await page.Locator("#Input_PostedOn").FillAsync(LiveApp.Iso(postedOn));
        // The demo campaign lies in the past: the chair enters the paper notice after the fact, with the reason.
        await page.Locator("#entered-late summary").ClickAsync();
        await page.Locator("#Input_EnteredLateReason").FillAsync("纸质公示已在公司公开栏张贴，事后补录");
        await page.Locator("#Input_Location").FillAsync("公司公开栏、公司内网");
        await page.Locator("#Input_ObjectionContact").FillAsync("请于公示期内向公司工会办公室反映，电话 0578-2123456。");
        await page.Locator("main button.btn-outline-secondary[formaction*='handler=Preview']").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(approved.Count, await page.Locator(".notice-table tbody tr").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "notice-1-preview");

        await page.Locator("#post-notice").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("/Notices/Details/", page.Url, StringComparison.Ordinal);
        var detailsUrl = page.Url;
        Assert.Contains($"{endsOn.Year}年{endsOn.Month}月{endsOn.Day}日", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("main a[href$='/Print']").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".app-header").IsVisibleAsync());
        Assert.False(await page.Locator("[data-print]").IsVisibleAsync());
        await LiveApp.ScreenshotAsync(page, "notice-2-printed");
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        await File.WriteAllBytesAsync(Path.Combine(LiveApp.ScreenshotFolder, "notice-printed.pdf"), pdf);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(detailsUrl);
        await page.Locator("main a[href*='/Objections/Create']").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("#Input_GrantId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#Input_ReceivedOn").FillAsync(LiveApp.Iso(endsOn.AddDays(-1)));
        await page.Locator("#Input_Content").FillAsync("反映该职工配偶已有稳定收入，建议重新核实。");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "notice-3-objection");
        await page.Locator("main button[type=submit].btn-primary").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(0, await page.Locator("#close-notice").CountAsync());

        await page.Locator("#objections a[href*='/Objections/Handle']").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("#Input_Outcome_Dismissed").CheckAsync();
        await page.Locator("#Input_Handling").FillAsync("经分工会入户核实，其配偶仅有零星收入，家庭人均收入仍低于认定标准，反映不属实。");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "notice-4-handle");
        await page.Locator("main button[type=submit].btn-primary").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await page.Locator("#close-notice").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("转为可发放", await page.Locator(".alert-success").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("已结束", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await LiveApp.ScreenshotAsync(page, "notice-5-closed");
        Assert.True(await app.QueryAsync(db => db.Grants.Where(g => approved.Contains(g.Id)).AllAsync(g => g.Status == GrantStatus.Payable)));
    }

    [BrowserFact]
    public async Task The_sign_off_sheet_prints_with_capitals_and_a_signature_column()
    {
        var campaignId = (await app.RunningCampaignAsync()).Id;
        var unitId = await app.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && (g.Status == GrantStatus.Payable || g.Status == GrantStatus.Disbursed))
            .GroupBy(g => g.OrgUnitId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "chair");
        await page.GotoAsync($"{app.BaseUrl}/Disbursements/SignOff?campaignId={campaignId}&orgUnitId={unitId}");
        Assert.Contains("元整", await page.Locator(".signoff-table tfoot").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "signoff-1-screen");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.SetViewportSizeAsync(1123, 794);
        await LiveApp.ScreenshotAsync(page, "signoff-2-printed");
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        await File.WriteAllBytesAsync(Path.Combine(LiveApp.ScreenshotFolder, "signoff-printed.pdf"), pdf);
        await page.GotoAsync($"{app.BaseUrl}/Disbursements?campaignId={campaignId}");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await page.SetViewportSizeAsync(1280, 900);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "disbursements-1-list");
    }
}
