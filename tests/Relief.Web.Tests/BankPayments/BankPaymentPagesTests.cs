using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.BankPayments;
using Relief.Core.Features.Grants;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Relief.Web.Tests.BankPayments;

/// <summary>
/// 银行代发 through the pages: an officer records the payee account (bad numbers refused next to the field), builds a
/// batch, the chair approves and prints the 付款审批单, the officer exports the bank file (Sent) and imports the bank's
/// result, a line with a changed amount refused in the report and the rest settled.
/// </summary>
public sealed class BankPaymentPagesTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private const string Card = "6222020200112233445";

    [Fact]
    public async Task Account_batch_approval_cover_sheet_export_and_result_import_over_HTTP()
    {
        var campaignId = (await factory.RunningCampaignAsync()).Id;
        var officerUnit = await factory.QueryAsync(db => db.Users.Where(u => u.UserName == DemoUsers.Officer).Select(u => u.OrgUnitId).SingleAsync());
        var grants = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && g.OrgUnitId == officerUnit
                && g.Status == GrantStatus.Payable && g.CashAmount > 0 && g.InKindValue == 0)
            .OrderBy(g => g.Id).Select(g => new { g.Id, g.HouseholdId, g.Household!.Name, g.CashAmount }).Take(2).ToListAsync());
        Assert.Equal(2, grants.Count);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);

        // The account: a number of 11 digits is refused next to the field; a UnionPay card with its check digit is kept.
        var form = await officer.GetHtmlAsync($"/BankPayments/Account/{grants[0].HouseholdId}");
        var refused = await officer.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.BankName"] = "中国工商银行", ["Input.HolderName"] = grants[0].Name, ["Input.AccountNumber"] = "62220202001",
        }, formSelector: "#account-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("12 至 19 位数字", (await refused.ReadHtmlAsync()).Text("#account-form"), StringComparison.Ordinal);
        var card = LuhnCard(Card);
        foreach (var grant in grants)
        {
            form = await officer.GetHtmlAsync($"/BankPayments/Account/{grant.HouseholdId}");
            var saved = await officer.SubmitAsync(form, new Dictionary<string, string>
            {
                ["Input.BankName"] = "中国工商银行", ["Input.HolderName"] = grant.Name, ["Input.AccountNumber"] = grant == grants[0] ? card : LuhnCard("6222020200998877665"),
            }, formSelector: "#account-form");
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var file = await officer.GetHtmlAsync($"/Households/Details/{grants[0].HouseholdId}");
        Assert.Contains($"{card[..4]} **** **** {card[^4..]}", file.Text("#bank-account"), StringComparison.Ordinal);
        Assert.DoesNotContain(card, file.Source.Text, StringComparison.Ordinal);

        // The batch, approved by the chair.
        var list = await officer.GetHtmlAsync($"/BankPayments?campaignId={campaignId}&orgUnitId={officerUnit}");
        var built = await officer.SubmitAsync(list, new Dictionary<string, string>(), formSelector: "#build-form");
        Assert.Equal(HttpStatusCode.Redirect, built.StatusCode);
        var batchUrl = built.Headers.Location!.ToString();
        var batchId = int.Parse(batchUrl.Split('/')[^1], CultureInfo.InvariantCulture);
        var lines = await factory.QueryAsync(db => db.PaymentBatchLines.Where(l => l.PaymentBatchId == batchId).OrderBy(l => l.Sequence).ToListAsync());
        Assert.Equal(grants.Select(g => g.Id).Order(), lines.Select(l => l.GrantId).Order());
        var officerView = await officer.GetHtmlAsync(batchUrl);
        Assert.Null(officerView.QuerySelector("#approve"));
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var chairView = await chair.GetHtmlAsync(batchUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await chair.SubmitAsync(chairView, new Dictionary<string, string>(), formSelector: "#approve-form")).StatusCode);

        // The cover sheet: count, total in figures and in 大写, signature lines.
        var pdf = await chair.GetAsync($"{batchUrl}?handler=Cover");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Concat(document.GetPage(1).GetWords().Select(w => w.Text));
            var total = lines.Sum(l => l.Amount);
            Assert.Contains("付款审批单", text, StringComparison.Ordinal);
            Assert.Contains("2笔", text, StringComparison.Ordinal);
            Assert.Contains(total.ToString("#,##0.00", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
            Assert.Contains(ChineseAmount.ToCapital(total), text, StringComparison.Ordinal);
            Assert.Contains("工会主席审批", text, StringComparison.Ordinal);
            Assert.Contains("经办人", text, StringComparison.Ordinal);
        }

        // The export sends the batch; the download is audited.
        officerView = await officer.GetHtmlAsync(batchUrl);
        var export = await officer.SubmitAsync(officerView, new Dictionary<string, string>(), formSelector: "#export-form");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal(PaymentBatchStatus.Sent, await factory.QueryAsync(db => db.PaymentBatches.Where(b => b.Id == batchId).Select(b => b.Status).SingleAsync()));
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "PaymentBatch" && a.EntityKey == batchId.ToString(CultureInfo.InvariantCulture) && a.Action == Relief.Core.Features.Administration.AuditAction.Access)));
        // Paid in cash beside the bank: refused.
        var cash = await officer.GetHtmlAsync($"/Disbursements?campaignId={campaignId}");
        Assert.Null(cash.QuerySelector($"#grant-{grants[0].Id}"));

        // The bank's result: the first line paid, the second with a changed amount refused in the report.
        var today = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var result = new StringBuilder("序号,户名,账号,金额,开户行,用途,处理结果,失败原因,入账日期,银行流水号\r\n");
        result.Append(CultureInfo.InvariantCulture, $"1,{lines[0].HolderName},{(lines[0].GrantId == grants[0].Id ? card : LuhnCard("6222020200998877665"))},{lines[0].Amount:0.00},中国工商银行,,成功,,{today},BK-WEB-1\r\n");
        result.Append(CultureInfo.InvariantCulture, $"2,{lines[1].HolderName},{(lines[1].GrantId == grants[0].Id ? card : LuhnCard("6222020200998877665"))},{lines[1].Amount + 1:0.00},中国工商银行,,成功,,{today},BK-WEB-2\r\n");
        officerView = await officer.GetHtmlAsync(batchUrl);
        var token = officerView.QuerySelector("#result-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var upload = new ByteArrayContent(Encoding.UTF8.GetBytes(result.ToString()));
        upload.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(upload, "ResultFile", "回盘.csv");
        var imported = await officer.PostAsync($"{batchUrl}?handler=Result", content);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var report = await imported.ReadHtmlAsync();
        Assert.Contains("本次入账 1 笔", report.Text("#result-report"), StringComparison.Ordinal);
        Assert.Contains("第 3 行", report.Text("#refused-lines"), StringComparison.Ordinal);
        Assert.Contains("不符", report.Text("#refused-lines"), StringComparison.Ordinal);
        Assert.NotNull(report.QuerySelector("#needs-attention"));
        var payment = await factory.QueryAsync(db => db.Disbursements.SingleAsync(d => d.GrantId == lines[0].GrantId));
        Assert.Equal((DisbursementMethod.BankTransfer, "BK-WEB-1"), (payment.Method, payment.BankReference));
    }

    [Fact]
    public async Task An_auditor_reads_batches_but_cannot_build_and_an_officer_cannot_open_the_layouts()
    {
        var campaignId = (await factory.RunningCampaignAsync()).Id;
        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        var page = await auditor.GetHtmlAsync($"/BankPayments?campaignId={campaignId}");
        Assert.Null(page.QuerySelector("#build-batch"));
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/BankPayments/LayoutEdit")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_saves_a_layout_and_a_bad_column_list_is_refused_next_to_the_field()
    {
        using var admin = await factory.SignedInAsync(DemoUsers.Administrator);
        var form = await admin.GetHtmlAsync("/BankPayments/LayoutEdit");
        var bad = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "建行代发", ["Input.Columns"] = "Foo=甲\nAmount=金额" }, formSelector: "#layout-form");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var text = (await bad.ReadHtmlAsync()).Text("#layout-form");
        Assert.Contains("无法识别的列“Foo=甲”", text, StringComparison.Ordinal);
        Assert.Contains("必须有 HolderName 列", text, StringComparison.Ordinal);
        var good = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "建行代发", ["Input.Format"] = "Csv", ["Input.CsvEncoding"] = "Gb18030", ["Input.Columns"] = "AccountNumber=账号\nHolderName=户名\nAmount=金额",
        }, formSelector: "#layout-form");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var layout = await factory.QueryAsync(db => db.BankFileLayouts.SingleAsync(l => l.Name == "建行代发"));
        Assert.Equal((BankFileFormat.Csv, CsvEncoding.Gb18030), (layout.Format, layout.CsvEncoding));
    }

    private static string LuhnCard(string body18)
    {
        var body = body18[..18];
        for (var check = 0; check <= 9; check++)
        {
            var candidate = body + check.ToString(CultureInfo.InvariantCulture);
            if (BankCardNumber.PassesLuhn(candidate)) return candidate;
        }
        throw new InvalidOperationException();
    }
}
