using System.Net;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Notices;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Disbursements;

/// <summary>发放 through the pages: only payable grants, exactly once, every refusal with its reason and nothing changed.</summary>
public sealed class DisbursementPagesTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private async Task<int> CampaignAsync() => (await factory.RunningCampaignAsync()).Id;

    private Task<int> PaymentsAsync() => factory.QueryAsync(db => db.Disbursements.CountAsync());

    private static async Task<string> RefusalsAfterAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetHtmlAsync(response.Headers.Location!.ToString());
        return page.Text("#pay-errors");
    }

    [Fact]
    public async Task A_payable_grant_is_paid_once_and_a_second_click_is_refused_naming_the_first_payment()
    {
        var campaignId = await CampaignAsync();
        var payable = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && g.Status == GrantStatus.Payable)
            .OrderBy(g => g.Id).Select(g => new { g.Id, g.Household!.Name, g.TotalAmount, g.FundSourceId }).FirstAsync());
        var spentBefore = await factory.QueryAsync(db => db.FundSources.Where(f => f.Id == payable.FundSourceId).Select(f => f.Spent).SingleAsync());
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var list = await chair.GetHtmlAsync($"/Disbursements?campaignId={campaignId}");
        Assert.NotNull(list.QuerySelector($"#grant-{payable.Id}"));
        var before = await PaymentsAsync();

        // Paid on the first day it could be: the day after its notice ended.
        var paidOn = await factory.PayableFromAsync(payable.Id);
        var fields = new Dictionary<string, string> { ["GrantIds"] = payable.Id.ToString(), ["Method"] = nameof(DisbursementMethod.Cash), ["PaidOn"] = paidOn.Iso() };
        var paid = await chair.SubmitAsync(list, fields, formSelector: "#pay-form");
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        var after = await chair.GetHtmlAsync(paid.Headers.Location!.ToString());
        Assert.Contains("已发放 1 笔补助", after.Text(".alert-success"), StringComparison.Ordinal);
        Assert.Null(after.QuerySelector($"#grant-{payable.Id}"));
        var payment = await factory.QueryAsync(db => db.Disbursements.SingleAsync(d => d.GrantId == payable.Id));
        Assert.Equal(payable.TotalAmount, payment.Amount);
        Assert.Equal(DisbursementMethod.Cash, payment.Method);
        Assert.Equal(paidOn, payment.PaidOn);
        Assert.Equal(spentBefore + payable.TotalAmount, await factory.QueryAsync(db => db.FundSources.Where(f => f.Id == payable.FundSourceId).Select(f => f.Spent).SingleAsync()));

        // The same form again (a double click, or a second officer with the page still open): refused, dated in the user's language.
        var twice = await chair.SubmitAsync(list, fields, formSelector: "#pay-form");
        var refusal = await RefusalsAfterAsync(chair, twice);
        Assert.Contains($"{payable.Name}的补助已于 {paidOn.Chinese()}", refusal, StringComparison.Ordinal);
        Assert.Contains("不能重复发放", refusal, StringComparison.Ordinal);
        Assert.Equal(before + 1, await PaymentsAsync());
    }

    [Fact]
    public async Task Grants_on_notice_or_with_an_objection_open_are_refused_and_nothing_is_paid()
    {
        var campaignId = await CampaignAsync();
        // The demo's second notice is still posted and has an open objection against its first grant.
        var objected = await factory.QueryAsync(db => db.Objections.Where(o => o.Outcome == ObjectionOutcome.Open && o.GrantId != null)
            .Select(o => new { GrantId = o.GrantId!.Value, o.PublicNoticeId }).FirstAsync());
        var onNotice = await factory.QueryAsync(db => db.NoticeItems.Where(i => i.PublicNoticeId == objected.PublicNoticeId && i.GrantId != objected.GrantId)
            .Select(i => i.GrantId).FirstAsync());
        var noticeEndsOn = await factory.QueryAsync(db => db.PublicNotices.Where(n => n.Id == objected.PublicNoticeId).Select(n => n.EndsOn).SingleAsync());
        var payable = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && g.Status == GrantStatus.Payable).Select(g => g.Id).FirstAsync());
        // A day the payable grant could be paid on: the refusals below are about the grants, not the date.
        var paidOn = (await factory.PayableFromAsync(payable)).Iso();
        using var officer = await factory.SignedInAsync(DemoUsers.Chair);
        var list = await officer.GetHtmlAsync($"/Disbursements?campaignId={campaignId}");
        var before = await PaymentsAsync();

        var response = await officer.SubmitAsync(list, new Dictionary<string, string>
        {
            ["GrantIds"] = objected.GrantId.ToString(), ["Method"] = nameof(DisbursementMethod.BankTransfer), ["PaidOn"] = paidOn,
        }, formSelector: "#pay-form");
        Assert.Contains("尚有未处理的异议，不能发放", await RefusalsAfterAsync(officer, response), StringComparison.Ordinal);

        response = await officer.SubmitAsync(list, new Dictionary<string, string>
        {
            ["GrantIds"] = onNotice.ToString(), ["Method"] = nameof(DisbursementMethod.BankTransfer), ["PaidOn"] = paidOn,
        }, formSelector: "#pay-form");
        Assert.Contains($"正在公示（至 {noticeEndsOn.Chinese()}）", await RefusalsAfterAsync(officer, response), StringComparison.Ordinal);

        // Nothing ticked, or a blank payer: a message, nothing paid.
        response = await officer.SubmitAsync(list, new Dictionary<string, string> { ["PaidOn"] = paidOn }, formSelector: "#pay-form");
        Assert.Contains("请先勾选要发放的补助", await RefusalsAfterAsync(officer, response), StringComparison.Ordinal);
        response = await officer.SubmitAsync(list, new Dictionary<string, string> { ["GrantIds"] = payable.ToString(), ["PaidBy"] = "", ["PaidOn"] = paidOn }, formSelector: "#pay-form");
        Assert.Contains("经办人", await RefusalsAfterAsync(officer, response), StringComparison.Ordinal);

        Assert.Equal(before, await PaymentsAsync());
        Assert.Equal(GrantStatus.OnNotice, await factory.QueryAsync(db => db.Grants.Where(g => g.Id == onNotice).Select(g => g.Status).SingleAsync()));
        Assert.Equal(GrantStatus.Payable, await factory.QueryAsync(db => db.Grants.Where(g => g.Id == payable).Select(g => g.Status).SingleAsync()));
    }

    [Fact]
    public async Task Auditors_see_the_payable_list_without_the_pay_form_and_cannot_post_a_payment()
    {
        var campaignId = await CampaignAsync();
        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        var list = await auditor.GetHtmlAsync($"/Disbursements?campaignId={campaignId}");
        Assert.NotEmpty(list.QuerySelectorAll("#pay-form tbody tr"));
        Assert.Null(list.QuerySelector("#pay-button"));
        Assert.Empty(list.QuerySelectorAll("input[name='GrantIds']"));
        var payable = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && g.Status == GrantStatus.Payable).Select(g => g.Id).FirstAsync());
        var paidOn = (await factory.PayableFromAsync(payable)).Iso();
        var before = await PaymentsAsync();
        var response = await auditor.SubmitAsync(list, new Dictionary<string, string> { ["GrantIds"] = payable.ToString(), ["PaidBy"] = "审计", ["PaidOn"] = paidOn }, formSelector: "#pay-form");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await PaymentsAsync());
    }

    [Fact]
    public async Task The_officer_sees_only_the_payable_grants_of_the_branch()
    {
        var campaignId = await CampaignAsync();
        var unit = await factory.UnitOfAsync(DemoUsers.Officer);
        var inScope = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && g.Status == GrantStatus.Payable && g.OrgUnitId == unit).CountAsync());
        var outside = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && g.Status == GrantStatus.Payable && g.OrgUnitId != unit)
            .Select(g => g.Id).ToListAsync());
        Assert.True(inScope > 0 && outside.Count > 0, "The demo data should have payable grants inside and outside the branch.");
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var list = await officer.GetHtmlAsync($"/Disbursements?campaignId={campaignId}");
        Assert.Equal(inScope, list.QuerySelectorAll("input[name='GrantIds']").Length);
        foreach (var id in outside) Assert.Null(list.QuerySelector($"#grant-{id}"));
    }

    [Fact]
    public async Task The_sign_off_sheet_lists_a_units_grants_with_capitals_and_a_signature_column_and_no_id_numbers()
    {
        var campaignId = await CampaignAsync();
        // Cash and goods only: cash-only grants paid by bank transfer (or held by a bank batch) are not signed for here.
        var unit = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && (g.Status == GrantStatus.Payable || g.Status == GrantStatus.Disbursed))
            .Where(g => g.InKindValue > 0 || !db.Disbursements.Any(d => d.GrantId == g.Id && d.Method == DisbursementMethod.BankTransfer))
            .Where(g => !db.PaymentBatchLines.Any(l => l.OpenGrantId == g.Id))
            .GroupBy(g => g.OrgUnitId).Select(g => new { UnitId = g.Key, Count = g.Count(), Total = g.Sum(x => x.TotalAmount) }).OrderByDescending(g => g.Count).FirstAsync());
        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        var sheet = await auditor.GetHtmlAsync($"/Disbursements/SignOff?campaignId={campaignId}&orgUnitId={unit.UnitId}");
        Assert.Equal(unit.Count, sheet.QuerySelectorAll(".signoff-table tbody tr").Length);
        Assert.Contains("领取人签字", sheet.Text(".signoff-table thead"), StringComparison.Ordinal);
        Assert.Contains("金额（大写）", sheet.Text(".signoff-table thead"), StringComparison.Ordinal);
        Assert.Contains(ChineseAmount.ToCapital(unit.Total), sheet.Text(".signoff-table tfoot"), StringComparison.Ordinal);
        Assert.Matches("元整|角|分", sheet.Text(".signoff-table tbody tr:first-child td.capitals"));
        Assert.DoesNotMatch(@"\d{17}[\dXx]|\d{4}\*{6,}", sheet.Text(".signoff-sheet"));
    }

    [Fact]
    public async Task The_notice_and_payment_pages_speak_english_when_asked()
    {
        var campaignId = await CampaignAsync();
        var notice = await factory.QueryAsync(db => db.PublicNotices.Where(n => n.CampaignId == campaignId).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync());
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var home = await chair.GetHtmlAsync("/Notices");
        var switched = await chair.SubmitAsync(home, new Dictionary<string, string>(), formSelector: "form.culture-switch");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var list = await chair.GetHtmlAsync($"/Notices?campaignId={campaignId}");
        Assert.Equal("Public notices", list.Text("main h1"));
        var print = await chair.GetHtmlAsync($"/Notices/{notice}/Print");
        Assert.Contains("Notice period:", print.Text(".notice-terms"), StringComparison.Ordinal);
        var payments = await chair.GetHtmlAsync($"/Disbursements?campaignId={campaignId}");
        Assert.Contains("Confirm payment", payments.Text("#pay-button"), StringComparison.Ordinal);
        var sheet = await chair.GetHtmlAsync($"/Disbursements/SignOff?campaignId={campaignId}");
        Assert.Contains("Signature", sheet.Text("main"), StringComparison.Ordinal);
    }
}
