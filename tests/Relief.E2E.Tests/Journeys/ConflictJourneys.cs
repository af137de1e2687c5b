using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

/// <summary>
/// Two people edit one file: the officer saves a new phone and address; the chair, still on the old form, saves the
/// address and the causes. The chair's page shows each differing field (the colleague's phone kept, the address to
/// choose, the causes to be saved), at a desk and on a 360 px phone.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class ConflictJourneys(LiveApp app)
{
    [BrowserFact]
    public async Task A_stale_save_shows_the_colleagues_changes_field_by_field_at_a_desk_and_on_a_phone()
    {
        var files = await FilesAsync();
        await ConflictAsync(files[0], width: 1280, height: 900, "conflict-desk");
        await ConflictAsync(files[1], width: 360, height: 740, "conflict-phone");
    }

    private async Task ConflictAsync(int id, int width, int height, string screenshot)
    {
        var url = $"{app.BaseUrl}/Households/Edit/{id}";
        var officer = await app.NewPageAsync();
        await app.SignInAsync(officer, "officer");
        var chair = await app.NewPageAsync(width, height);
        await app.SignInAsync(chair, "chair");
        await officer.GotoAsync(url);
        await chair.GotoAsync(url);

        await officer.Locator("#Input_Phone").FillAsync("13900002222");
        await officer.Locator("#Input_Address").FillAsync("丽水市莲都区紫金街道3号");
        await SaveAsync(officer);
        await chair.Locator("#Input_Address").FillAsync("丽水市莲都区万象街道8号");
        await chair.Locator("#Input_Causes").FillAsync("家属患病，长期治疗");
        await SaveAsync(chair);

        Assert.Equal(3, await chair.Locator(".edit-conflict-field").CountAsync());
        Assert.Equal("13900002222", await chair.Locator("#Input_Phone").InputValueAsync());
        Assert.True(await chair.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"The conflict view scrolls sideways at {width} px.");
        await Accessibility.AssertNoSeriousViolationsAsync(chair);
        await chair.Locator(".edit-conflict").ScrollIntoViewIfNeededAsync();
        await LiveApp.ScreenshotAsync(chair, screenshot);

        await chair.Locator("#choice-Address-yours").CheckAsync();
        await SaveAsync(chair);
        Assert.Contains($"/Households/Details/{id}", chair.Url, StringComparison.Ordinal);
        var saved = await app.QueryAsync(db => db.Households.Where(h => h.Id == id).Select(h => new { h.Phone, h.Address, h.Causes }).SingleAsync());
        Assert.Equal(("13900002222", "丽水市莲都区万象街道8号", "家属患病，长期治疗"), (saved.Phone, saved.Address, saved.Causes));
    }

    private static async Task SaveAsync(IPage page)
    {
        await page.Locator("main .form-actions button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private Task<List<int>> FilesAsync() => app.QueryAsync(async db =>
    {
        var branch = await db.Users.Where(u => u.UserName == "officer").Select(u => u.OrgUnitId).SingleAsync();
        return await db.Households.Where(h => h.OrgUnitId == branch && h.Status == HouseholdStatus.Active)
            .OrderByDescending(h => h.Id).Skip(20).Take(2).Select(h => h.Id).ToListAsync();
    });

}
