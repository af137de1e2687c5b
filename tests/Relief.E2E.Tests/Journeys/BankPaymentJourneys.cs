using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Relief.Core.Features.BankPayments;
using Relief.Core.Features.Grants;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

/// <summary>
/// 银行代发 in a browser: an officer records two payee accounts and builds a batch; the chair approves it and prints
/// the 付款审批单; the officer downloads the bank file and imports the bank's result with one failure; the failed grant
/// goes into a new batch and is paid. On a desk and on a phone, with screenshots.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class BankPaymentJourneys(LiveApp app)
{
    private static string Card(string body)
    {
        for (var check = 0; check <= 9; check++)
        {
            var candidate = body + check.ToString(CultureInfo.InvariantCulture);
            if (BankCardNumber.PassesLuhn(candidate)) return candidate;
        }
        throw new InvalidOperationException();
    }

    private static byte[] Result(IEnumerable<(int Sequence, string Name, string Account, decimal Amount, bool Paid, string Reference)> lines)
    {
        var today = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = new StringBuilder("序号,户名,账号,金额,开户行,用途,处理结果,失败原因,入账日期,银行流水号\r\n");
        foreach (var l in lines)
            text.Append(CultureInfo.InvariantCulture, $"{l.Sequence},{l.Name},{l.Account},{l.Amount:0.00},中国工商银行,,{(l.Paid ? "成功" : "失败")},{(l.Paid ? "" : "户名不符")},{(l.Paid ? today : "")},{l.Reference}\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static async Task<int> SendAsync(IPage officer, IPage chair, string batchUrl, string shot)
    {
        await chair.GotoAsync(batchUrl);
        await chair.Locator("#approve").ClickAsync();
        await chair.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var cover = await chair.RunAndWaitForDownloadAsync(() => chair.Locator("#cover-sheet").ClickAsync());
        await cover.SaveAsAsync(Path.Combine(LiveApp.ScreenshotFolder, shot + "-cover.pdf"));
        await officer.GotoAsync(batchUrl);
        var file = await officer.RunAndWaitForDownloadAsync(() => officer.Locator("#export").ClickAsync());
        Assert.EndsWith(".xlsx", file.SuggestedFilename, StringComparison.Ordinal);
        await officer.GotoAsync(batchUrl);
        Assert.Equal("已报送银行", await officer.Locator("#batch-status").InnerTextAsync());
        return int.Parse(batchUrl.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private static async Task ImportAsync(IPage officer, byte[] result)
    {
        await officer.Locator("#ResultFile").SetInputFilesAsync(new FilePayload { Name = "回盘.csv", MimeType = "text/csv", Buffer = result });
        await officer.Locator("#import-result").ClickAsync();
        await officer.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    [BrowserFact]
    public async Task Prepare_approve_export_import_with_one_failure_rebatch_and_pay()
    {
        var campaign = await app.RunningCampaignAsync();
        var unit = await app.QueryAsync(db => db.Users.Where(u => u.UserName == "officer").Select(u => u.OrgUnitId).SingleAsync());
        var grants = await app.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaign.Id && g.OrgUnitId == unit && g.Status == GrantStatus.Payable
                && g.CashAmount > 0 && g.InKindValue == 0 && !db.PaymentBatchLines.Any(l => l.OpenGrantId == g.Id))
            .OrderBy(g => g.Id).Select(g => new { g.Id, g.HouseholdId, g.Household!.Name }).Take(2).ToListAsync());
        Assert.Equal(2, grants.Count);
        var cards = new Dictionary<int, string> { [grants[0].Id] = Card("622202020011112222"), [grants[1].Id] = Card("622202020033334444") };

        var officer = await app.NewPageAsync();
        await app.SignInAsync(officer, "officer");
        foreach (var grant in grants)
        {
            await officer.GotoAsync($"{app.BaseUrl}/BankPayments/Account/{grant.HouseholdId}");
            await officer.Locator("#Input_BankName").FillAsync("中国工商银行");
            await officer.Locator("#Input_Branch").FillAsync("丽水分行营业部");
            await officer.Locator("#Input_HolderName").FillAsync(grant.Name);
            await officer.Locator("#Input_AccountNumber").FillAsync(cards[grant.Id]);
            if (grant == grants[0]) await LiveApp.ScreenshotAsync(officer, "bank-1-account-form");
            await officer.Locator("#save-account").ClickAsync();
            await officer.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        await officer.Locator("#bank-account").ScrollIntoViewIfNeededAsync();
        await LiveApp.ScreenshotAsync(officer, "bank-2-household-file");

        await officer.GotoAsync($"{app.BaseUrl}/BankPayments?campaignId={campaign.Id}&orgUnitId={unit}");
        await Accessibility.AssertNoSeriousViolationsAsync(officer);
        await LiveApp.ScreenshotAsync(officer, "bank-3-batches");
        await officer.Locator("#build-batch").ClickAsync();
        await officer.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var batchUrl = officer.Url;
        await Accessibility.AssertNoSeriousViolationsAsync(officer);
        await LiveApp.ScreenshotAsync(officer, "bank-4-draft-batch");

        var chair = await app.NewPageAsync();
        await app.SignInAsync(chair, "chair");
        var first = await SendAsync(officer, chair, batchUrl, "bank-5");
        var lines = await app.QueryAsync(db => db.PaymentBatchLines.Where(l => l.PaymentBatchId == first).OrderBy(l => l.Sequence).ToListAsync());
        Assert.Equal(grants.Select(g => g.Id).Order(), lines.Select(l => l.GrantId).Order());

        // The bank pays the first line and refuses the second (户名不符).
        await ImportAsync(officer, Result(lines.Select((l, i) => (l.Sequence, l.HolderName, cards[l.GrantId], l.Amount, i == 0, i == 0 ? "BK-E2E-1" : ""))));
        Assert.Contains("本次入账 1 笔，失败退回 1 笔", await officer.Locator("#result-report").InnerTextAsync(), StringComparison.Ordinal);
        await LiveApp.ScreenshotAsync(officer, "bank-6-result-report");
        var failed = lines[1].GrantId;
        Assert.Equal(GrantStatus.Payable, await app.QueryAsync(db => db.Grants.Where(g => g.Id == failed).Select(g => g.Status).SingleAsync()));

        // The failed grant, batched again, is paid.
        await officer.GotoAsync($"{app.BaseUrl}/BankPayments?campaignId={campaign.Id}&orgUnitId={unit}");
        Assert.Contains("户名不符", await officer.Locator("#candidates").InnerTextAsync(), StringComparison.Ordinal);
        await officer.Locator("#build-batch").ClickAsync();
        await officer.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var second = await SendAsync(officer, chair, officer.Url, "bank-7");
        var again = await app.QueryAsync(db => db.PaymentBatchLines.Where(l => l.PaymentBatchId == second).SingleAsync());
        Assert.Equal(failed, again.GrantId);
        await ImportAsync(officer, Result([(again.Sequence, again.HolderName, cards[again.GrantId], again.Amount, true, "BK-E2E-2")]));
        Assert.Equal("已结清", await officer.Locator("#batch-status").InnerTextAsync());
        Assert.Equal(GrantStatus.Disbursed, await app.QueryAsync(db => db.Grants.Where(g => g.Id == failed).Select(g => g.Status).SingleAsync()));
        await LiveApp.ScreenshotAsync(officer, "bank-8-settled");

        // On a phone: the list, the batch and the account page fit 360 px.
        var phone = await app.NewPageAsync(360, 740);
        await app.SignInAsync(phone, "officer");
        foreach (var (url, shot) in new[]
        {
            ($"/BankPayments?campaignId={campaign.Id}&orgUnitId={unit}", "bank-9-batches-phone"),
            ($"/BankPayments/Details/{first}", "bank-10-batch-phone"),
            ($"/BankPayments/Account/{grants[1].HouseholdId}", "bank-11-account-phone"),
        })
        {
            await phone.GotoAsync(app.BaseUrl + url);
            await LiveApp.ScreenshotAsync(phone, shot);
            Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{url} scrolls sideways at 360 px");
        }
    }
}
