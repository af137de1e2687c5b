using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Relief.Core.Features.Attachments;
using Relief.Core.Tests.Attachments;
using Relief.E2E.Tests.Infrastructure;
using SkiaSharp;

namespace Relief.E2E.Tests.Journeys;

/// <summary>证明材料 and 走访照片 on a phone: photos taken through the file input go up with progress, show as thumbnails and open full size.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class AttachmentJourneys(LiveApp app)
{
    /// <summary>Just the papers section: on a phone the whole file is several screens long.</summary>
    private static async Task SectionShotAsync(IPage page, string name) =>
        await page.Locator("#attachments").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotFolder, name + ".png") });

    private static Task<bool> HasNoHorizontalScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    [BrowserFact]
    public async Task An_officer_photographs_papers_on_a_phone_sees_the_thumbnails_and_opens_one()
    {
        var household = await app.QueryAsync(async db =>
        {
            var unit = await db.Users.Where(u => u.UserName == "officer").Select(u => u.OrgUnitId).SingleAsync();
            return await db.Households.Where(h => h.OrgUnitId == unit && !db.Attachments.Any(a => a.HouseholdId == h.Id))
                .OrderByDescending(h => h.Id).Select(h => h.Id).FirstAsync();
        });
        var page = await app.NewPageAsync(360, 740);
        await app.SignInAsync(page, "officer");
        await page.GotoAsync($"{app.BaseUrl}/Households/Details/{household}#attachments");
        Assert.True(await HasNoHorizontalScrollAsync(page), "The household file scrolls sideways at 360 px.");
        await Assertions.Expect(page.Locator("#attachments .missing-papers")).ToContainTextAsync("申请书");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.Locator("#attachments").ScrollIntoViewIfNeededAsync();
        await LiveApp.ScreenshotAsync(page, "attachments-phone-1-empty-file");

        // The camera button takes one photo; the file button several files at once.
        var sideways = SampleFiles.SidewaysPhotoWithGps();
        // A 12-megapixel phone photo, stored sideways with its turn in EXIF: the browser shrinks it upright.
        var large = SampleFiles.SidewaysPhotoWithGps(4000, 3000);
        await page.Locator("#attachments input[type='file'][capture]").SetInputFilesAsync(new FilePayload
        {
            Name = "IMG_2031.jpg", MimeType = "image/jpeg", Buffer = sideways,
        });
        await page.Locator("#attachments input[type='file'][multiple]").SetInputFilesAsync(
        [
            new FilePayload { Name = "授权委托书.jpg", MimeType = "image/jpeg", Buffer = large },
            new FilePayload { Name = "申请书.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf("application") },
        ]);
        await page.Locator("#attachments .upload-button").ClickAsync();
        await Assertions.Expect(page.Locator("#attachments .upload-progress li")).ToHaveCountAsync(3);
        await SectionShotAsync(page, "attachments-phone-2-uploading");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.attachment-gallery .attachment-tile').length === 3", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.True(await HasNoHorizontalScrollAsync(page), "The gallery scrolls sideways at 360 px.");
        await SectionShotAsync(page, "attachments-phone-3-gallery");
        Assert.Equal(3, await app.QueryAsync(db => db.Attachments.CountAsync(a => a.HouseholdId == household)));
        // The 4,000 × 3,000 sideways photo was made 1,536 × 2,048 and upright in the browser before it went up (a server
        // that received it unturned, without its EXIF, would have stored 2,048 × 1,536); the small one went up as it was.
        var received = await app.QueryAsync(db => db.Attachments.Where(a => a.HouseholdId == household && a.MediaType == "image/jpeg")
            .ToDictionaryAsync(a => a.FileName, a => (a.SourceHash, a.Width, a.Height)));
        Assert.NotEqual(Convert.ToHexStringLower(SHA256.HashData(large)), received["授权委托书.jpg"].SourceHash);
        Assert.Equal((1536, 2048), (received["授权委托书.jpg"].Width!.Value, received["授权委托书.jpg"].Height!.Value));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(sideways)), received["IMG_2031.jpg"].SourceHash);

        var thumbnail = page.Locator(".attachment-tile", new PageLocatorOptions { HasText = "IMG_2031.jpg" }).Locator("img");
        var loaded = await thumbnail.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0");
        Assert.True(loaded, "The thumbnail did not load.");
        var full = await page.RunAndWaitForPopupAsync(() => thumbnail.ClickAsync());
        await full.WaitForLoadStateAsync();
        Assert.Contains("/Attachments/File", full.Url, StringComparison.Ordinal);
        Assert.Contains("variant=View", full.Url, StringComparison.Ordinal);
        await LiveApp.ScreenshotAsync(full, "attachments-phone-4-full-image");
    }

    [BrowserFact]
    public async Task The_demo_visit_shows_its_photos_and_the_agenda_flags_missing_papers_on_a_phone()
    {
        var visit = await app.QueryAsync(db => db.Attachments.Where(a => a.VisitId != null && a.KindId == AttachmentKinds.VisitPhoto).Select(a => a.VisitId!.Value).FirstAsync());
        var page = await app.NewPageAsync(360, 740);
        await app.SignInAsync(page, "officer");
        await page.GotoAsync($"{app.BaseUrl}/Visits/Details/{visit}");
        Assert.True(await HasNoHorizontalScrollAsync(page), "The visit scrolls sideways at 360 px.");
        Assert.True(await page.Locator(".attachment-gallery img").CountAsync() >= 2);
        await SectionShotAsync(page, "attachments-phone-5-visit-photos");

        var chair = await app.NewPageAsync(360, 740);
        await app.SignInAsync(chair, "chair");
        // An application without its papers put on the running campaign's meeting, as an officer would from the pending list.
        var campaign = await app.RunningCampaignAsync();
        var meeting = await app.QueryAsync(async db =>
        {
            var held = await db.CommitteeMeetings.Where(m => m.CampaignId == campaign.Id).OrderBy(m => m.Id).Select(m => new { m.Id, Path = m.OrgUnit!.Path }).FirstAsync();
            var pending = await db.Grants.Where(g => g.CampaignId == campaign.Id && g.Status == Relief.Core.Features.Grants.GrantStatus.Applied
                    && g.CommitteeMeetingId == null && g.OrgUnit!.Path.StartsWith(held.Path) && !db.Attachments.Any(a => a.HouseholdId == g.HouseholdId))
                .OrderBy(g => g.Id).FirstAsync();
            pending.CommitteeMeetingId = held.Id;
            await db.SaveChangesAsync();
            return held.Id;
        });
        await chair.GotoAsync($"{app.BaseUrl}/Meetings/Details/{meeting}");
        var flagged = chair.Locator(".agenda-item", new PageLocatorOptions { Has = chair.Locator(".missing-papers") }).First;
        await Assertions.Expect(flagged.Locator(".badge-flag")).ToContainTextAsync("缺少材料");
        await flagged.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotFolder, "attachments-phone-6-agenda-flag.png") });
        var admin = await app.NewPageAsync(360, 740);
        await app.SignInAsync(admin, "admin");
        await admin.GotoAsync($"{app.BaseUrl}/Administration/AttachmentKinds");
        Assert.True(await HasNoHorizontalScrollAsync(admin), "The paper kinds page scrolls sideways at 360 px.");
        await Accessibility.AssertNoSeriousViolationsAsync(admin);
        await LiveApp.ScreenshotAsync(admin, "attachments-phone-7-kinds");
    }

    [BrowserFact]
    public async Task The_chair_chooses_the_summary_s_visit_photos_on_a_phone()
    {
        var campaign = await app.RunningCampaignAsync();
        var page = await app.NewPageAsync(360, 740);
        await app.SignInAsync(page, "chair");
        await page.GotoAsync($"{app.BaseUrl}/Reports/Narrative/{campaign.Id}");
        await page.Locator($"a[href='/Reports/Photos/{campaign.Id}']").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("走访剪影");
        Assert.True(await HasNoHorizontalScrollAsync(page), "The photo chooser scrolls sideways at 360 px.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "summary-photos-phone-1-chooser");

        // The second photo of the visit goes first, with a caption of the chair's own.
        var second = page.Locator(".summary-photo").Nth(1);
        await second.GetByLabel("选入剪影").CheckAsync();
        await second.GetByLabel("顺序").FillAsync("1");
        await second.GetByLabel("说明").FillAsync("分工会主席与困难职工一家合影");
        await page.Locator(".summary-photo").First.GetByLabel("顺序").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.Locator("[role=status]").First).ToContainTextAsync("已保存走访剪影：2 张照片");
        await Assertions.Expect(page.Locator(".summary-photo.is-chosen")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".summary-photo").First.GetByLabel("说明")).ToHaveValueAsync("分工会主席与困难职工一家合影");
        await LiveApp.ScreenshotAsync(page, "summary-photos-phone-2-saved");
        var desktop = await app.NewPageAsync(1280, 900);
        await app.SignInAsync(desktop, "chair");
        await desktop.GotoAsync($"{app.BaseUrl}/Reports/Photos/{campaign.Id}");
        await LiveApp.ScreenshotAsync(desktop, "summary-photos-desktop");
    }
}
