using Microsoft.Playwright;
using Relief.Core.Features.Households;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

/// <summary>What an officer sees on a phone when a name or a phone number is mistyped, and the page for a request no page takes.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class BadInputJourneys(LiveApp app)
{
    [BrowserFact]
    public async Task A_mistyped_name_and_phone_are_told_next_to_their_fields_on_a_phone_and_the_typing_is_kept()
    {
        var page = await app.NewPageAsync(width: 360, height: 780);
        await app.SignInAsync(page, "officer");
        await page.GotoAsync(app.BaseUrl + "/Households/Create");
        await page.Locator("#Input_Name").FillAsync("张三1");
        await page.Locator("#Input_IdNumber").FillAsync(ResidentIdNumber.Compose("331102", new DateOnly(1968, 3, 9), 215));
        await page.Locator("#Input_Phone").FillAsync("139 5781 234");
        await page.Locator($"#Input_Categories_{nameof(HouseholdCategory.HardshipEmployee)}").CheckAsync();
        await page.Locator("main button[type=submit].btn-primary").Last.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var summary = await page.Locator("main [role=alert]").InnerTextAsync();
        Assert.Contains("姓名只能由文字组成", summary, StringComparison.Ordinal);
        Assert.Contains("请填写11位手机号", summary, StringComparison.Ordinal);
        Assert.Contains("姓名只能由文字组成", await page.Locator("#err-Name").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("张三1", await page.Locator("#Input_Name").InputValueAsync());
        await LiveApp.ScreenshotAsync(page, "bad-input-1-household-phone");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [BrowserFact]
    public async Task A_request_no_page_takes_is_told_plainly_not_as_a_failure()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "officer");
        await page.GotoAsync(app.BaseUrl + "/Households/Create");
        var token = await page.Locator("main form input[name=__RequestVerificationToken]").First.InputValueAsync();
        var form = page.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token);
        var put = await page.APIRequest.PutAsync(app.BaseUrl + "/Households/Create", new() { Form = form });
        Assert.Equal(405, put.Status);
        Assert.Contains("此页面不接受这种提交方式", System.Net.WebUtility.HtmlDecode(await put.TextAsync()), StringComparison.Ordinal);

        // The same page as the browser shows it (re-executed for the 405 above).
        await page.GotoAsync(app.BaseUrl + "/Error?code=405");
        Assert.Contains("不支持此操作", await page.Locator("main h1").InnerTextAsync(), StringComparison.Ordinal);
        await LiveApp.ScreenshotAsync(page, "bad-input-2-method-not-allowed");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
