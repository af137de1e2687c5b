using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Households;
using Relief.Core.Features.Notices;
using Relief.Core.Reports.Printing;
using Relief.Core.Tests.TestSupport;
using static Relief.Core.Tests.Reports.PdfText;

namespace Relief.Core.Tests.Reports;

/// <summary>The notice, sign-off sheet and letters as PDFs, read back with PdfPig against the demo database.</summary>
public sealed partial class PrintoutPdfTests : IAsyncLifetime
{
    private static readonly ReportFormat Chinese = new(CultureInfo.GetCultureInfo("zh-CN"));
    private TestDatabase _database = null!;
    private int _campaign;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        _campaign = await Query(db => db.Campaigns.Where(c => c.Year == 2021).Select(c => c.Id).SingleAsync());
        _database.CurrentUser.Acting = new FixedCurrentUser("chair", "陈国华", null, "/", Roles.Chair);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<T> Query<T>(Func<ReliefDbContext, Task<T>> query) => _database.InScopeAsync(sp => query(sp.GetRequiredService<ReliefDbContext>()));

    private Task<T> Print<T>(Func<PrintoutService, Task<T>> print) => _database.InScopeAsync(sp => print(sp.GetRequiredService<PrintoutService>()));

    [GeneratedRegex(@"\d{17}[\dX]")]
    private static partial Regex FullIdNumber();

    [Fact]
    public async Task The_notice_shows_the_masked_names_its_dates_and_how_to_object_and_never_an_ID_number_address_or_illness()
    {
        var noticeId = await Query(db => db.PublicNotices.Where(n => n.CampaignId == _campaign).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync());
        var printed = await Print(p => p.NoticeAsync(noticeId, Chinese));
        await KeepAsync(printed.FileName, printed.Content);
        Assert.Equal("2021年元旦春节送温暖帮扶对象公示（第一批）.pdf", printed.FileName);
        Assert.Equal($"notice-{noticeId}.pdf", printed.AsciiFileName);
        var pages = Pages(printed.Content);
        var text = string.Concat(pages);

        var listed = await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var protector = sp.GetRequiredService<IdNumberProtector>();
            var rows = await db.NoticeItems.Where(i => i.PublicNoticeId == noticeId)
                .Select(i => new { i.HouseholdName, i.Amount, i.Grant!.Household!.IdNumberCipher, i.Grant.Household.IdNumberMasked, i.Grant.Household.Address, i.Grant.Household.IllnessDetails })
                .ToListAsync();
            return rows.Select(r => (r.HouseholdName, r.Amount, IdNumber: protector.Unprotect(r.IdNumberCipher), r.IdNumberMasked, r.Address, r.IllnessDetails)).ToList();
        });
        Assert.True(listed.Count > 10);
        foreach (var row in listed)
        {
            Assert.Contains(NameMask.Mask(row.HouseholdName), text, StringComparison.Ordinal);
            Assert.DoesNotContain(row.HouseholdName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(row.IdNumber, text, StringComparison.Ordinal);
            Assert.DoesNotContain(row.IdNumberMasked, text, StringComparison.Ordinal);
            if (row.Address is { Length: > 0 } address) Assert.DoesNotContain(Squash(address), text, StringComparison.Ordinal);
            if (row.IllnessDetails is { Length: > 0 } illness) Assert.DoesNotContain(Squash(illness), text, StringComparison.Ordinal);
        }
        Assert.DoesNotMatch(FullIdNumber(), text);

        Assert.StartsWith("2021年元旦春节送温暖帮扶对象公示（第一批）", pages[0], StringComparison.Ordinal);
        Assert.Contains("经浙江丽水电力有限公司工会委员会集体研究，拟在2021年元旦春节送温暖活动中对以下职工给予帮扶慰问，现予公示。", text, StringComparison.Ordinal);
        Assert.Contains("公示期：2021年1月7日至2021年1月13日。", text, StringComparison.Ordinal);
        Assert.Contains("公示地点：", text, StringComparison.Ordinal);
        Assert.Contains("如有异议", text, StringComparison.Ordinal);
        Assert.Contains($"合计{listed.Count}笔{Chinese.Money(listed.Sum(r => r.Amount))}", text, StringComparison.Ordinal);
        Assert.Contains("浙江丽水电力有限公司工会2021年1月7日", pages[^1], StringComparison.Ordinal);
        Assert.Contains($"第{pages.Count}页/共{pages.Count}页", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_notice_repeats_its_column_header_on_every_page()
    {
        var notice = new NoticeView
        {
            Id = 1, CampaignId = _campaign, CampaignName = "2021年元旦春节送温暖活动", OrgUnitId = 1, UnitName = "浙江丽水电力有限公司工会",
            Title = "2021年元旦春节送温暖帮扶对象公示", PostedOn = new DateOnly(2021, 1, 7), EndsOn = new DateOnly(2021, 1, 13), MaskNames = true,
            Status = NoticeStatus.Posted, Version = Guid.Empty,
            Rows = [.. Enumerable.Range(1, 90).Select(i => new NoticeRow(i, NameMask.Mask($"王{i}明"), "丽水供电分工会", HouseholdCategory.HardshipEmployee, GrantKind.HardshipSubsidy, 1000 + i))],
        };
        await using var scope = _database.CreateScope();
        var messages = scope.ServiceProvider.GetRequiredService<IStringLocalizer<CoreMessages>>();
        var pages = Pages(new NoticeDocument(notice, new HotlineLine("0578-2112345", "每日8:00—20:00", 12), Chinese, messages).Build().GeneratePdf());

        var withRows = pages.Where(p => p.Contains("丽水供电分工会", StringComparison.Ordinal)).ToList();
        Assert.True(withRows.Count >= 3, $"{withRows.Count} pages of rows");
        Assert.All(withRows, page => Assert.Contains("序号姓名单位类别补助类型金额（元）", page, StringComparison.Ordinal));
        for (var n = 1; n <= pages.Count; n++) Assert.Contains($"第{n}页/共{pages.Count}页", pages[n - 1], StringComparison.Ordinal);
        Assert.Contains($"合计90笔{Chinese.Money(notice.Total)}", string.Concat(pages), StringComparison.Ordinal);
        // The period, how to object and the issuing unit stay together after the last row.
        Assert.Contains("公示期：2021年1月7日至2021年1月13日。公示期内如有异议", pages[^1], StringComparison.Ordinal);
        Assert.Contains("帮扶热线：0578-2112345（每日8:00—20:00）", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_off_sheet_has_every_amount_in_capitals_the_total_and_rare_name_characters_exactly()
    {
        // The sheet is for cash and goods: cash-only grants paid by bank transfer are not signed for on it.
        var unit = await Query(db => db.Grants.Where(g => g.CampaignId == _campaign && (g.Status == GrantStatus.Payable || g.Status == GrantStatus.Disbursed)
                && (g.InKindValue > 0 || !db.Disbursements.Any(d => d.GrantId == g.Id && d.Method == DisbursementMethod.BankTransfer)))
            .GroupBy(g => g.OrgUnitId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());
        // Four households of the sheet renamed with characters that fonts and PDF text extraction often lose.
        string[] rareNames = ["李喆", "王堃", "张淼", "刘䶮"];
        await Query(async db =>
        {
            var households = await db.Grants.Where(g => g.CampaignId == _campaign && g.OrgUnitId == unit && (g.Status == GrantStatus.Payable || g.Status == GrantStatus.Disbursed)
                && (g.InKindValue > 0 || !db.Disbursements.Any(d => d.GrantId == g.Id && d.Method == DisbursementMethod.BankTransfer)))
                .Select(g => g.Household!).Distinct().OrderBy(h => h.Id).Take(rareNames.Length).ToListAsync();
            for (var i = 0; i < households.Count; i++) households[i].Name = rareNames[i];
            return await db.SaveChangesAsync();
        });

        var printed = await Print(p => p.SignOffSheetAsync(_campaign, unit, Chinese));
        await KeepAsync(printed.FileName, printed.Content);
        var unitName = await Query(db => db.OrgUnits.Where(u => u.Id == unit).Select(u => u.Name).SingleAsync());
        Assert.Equal($"2021年元旦春节送温暖活动{unitName}签领表.pdf", printed.FileName);
        var pages = Pages(printed.Content);
        var text = string.Concat(pages);

        var lines = await Query(db => db.Grants.Where(g => g.CampaignId == _campaign && g.OrgUnitId == unit && (g.Status == GrantStatus.Payable || g.Status == GrantStatus.Disbursed)
                && (g.InKindValue > 0 || !db.Disbursements.Any(d => d.GrantId == g.Id && d.Method == DisbursementMethod.BankTransfer)))
            .Select(g => new { g.Household!.Name, g.TotalAmount }).ToListAsync());
        Assert.True(lines.Count >= 5);
        foreach (var line in lines)
            Assert.Contains(Chinese.Money(line.TotalAmount) + ChineseAmount.ToCapital(line.TotalAmount), text, StringComparison.Ordinal);
        foreach (var name in rareNames) Assert.Contains(name, text, StringComparison.Ordinal);
        var total = lines.Sum(l => l.TotalAmount);
        Assert.Contains($"合计{lines.Count}笔{Chinese.Money(total)}{ChineseAmount.ToCapital(total)}", text, StringComparison.Ordinal);
        Assert.Contains("领取人签字", pages[0], StringComparison.Ordinal);
        Assert.Contains("经办人：审核人：单位负责人：", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multi_page_sign_off_sheet_repeats_its_title_header_and_page_numbers_on_every_page()
    {
        var rows = Enumerable.Range(1, 50).Select(i =>
        {
            var amount = 800m + (i * 37.5m);
            return new SignOffRow(i, i, i % 7 == 0 ? "欧阳䶮" : $"陈{i}喆", HouseholdCategory.HardshipEmployee, i % 5 == 0 ? GrantKind.InKind : GrantKind.HardshipSubsidy,
                amount, 0, amount, ChineseAmount.ToCapital(amount), i % 5 == 0 ? "大米10kg、食用油5L" : null, GrantStatus.Payable, null, null);
        }).ToList();
        var total = rows.Sum(r => r.Amount);
        var sheet = new SignOffSheet(_campaign, "2021年元旦春节送温暖活动", 4, "丽水供电分工会", rows, total, ChineseAmount.ToCapital(total));
        await using var scope = _database.CreateScope();
        var messages = scope.ServiceProvider.GetRequiredService<IStringLocalizer<CoreMessages>>();
        var pdf = new SignOffSheetDocument(sheet, new DateOnly(2021, 2, 1), Chinese, messages).Build().GeneratePdf();
        await KeepAsync("签领表-多页.pdf", pdf);
        var pages = Pages(pdf);

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        for (var n = 1; n <= pages.Count; n++)
        {
            var page = pages[n - 1];
            Assert.StartsWith("2021年元旦春节送温暖活动慰问金（物资）签领表单位：丽水供电分工会", page, StringComparison.Ordinal);
            Assert.Contains("序号姓名类别补助类型实物金额（小写）金额（大写）领取人签字领取日期备注", page, StringComparison.Ordinal);
            Assert.Contains("经办人：审核人：单位负责人：", page, StringComparison.Ordinal);
            Assert.Contains($"第{n}页/共{pages.Count}页", page, StringComparison.Ordinal);
        }
        foreach (var row in rows)
            Assert.Contains($"{row.Number}{row.HouseholdName}", string.Concat(pages), StringComparison.Ordinal);
        Assert.Contains($"合计50笔{Chinese.Money(total)}{ChineseAmount.ToCapital(total)}", pages[^1], StringComparison.Ordinal);
        // Rows never split and every page is full but the last: about a dozen signature lines per landscape page.
        Assert.InRange(pages.Count, 3, 5);
    }

    [Fact]
    public async Task Letters_come_one_per_page_each_with_its_own_household_and_the_merged_text()
    {
        var households = await Query(db => db.Households.OrderBy(h => h.Id).Take(3).Select(h => new { h.Id, h.Name }).ToListAsync());
        var printed = await Print(p => p.LettersAsync(_campaign, households.Select(h => h.Id), new DateOnly(2021, 2, 1), Chinese));
        Assert.NotNull(printed);
        await KeepAsync(printed.FileName, printed.Content);
        Assert.Equal("2021年元旦春节送温暖活动慰问信.pdf", printed.FileName);
        var pages = Pages(printed.Content);

        Assert.Equal(3, pages.Count);
        var byName = households.OrderBy(h => h.Name, StringComparer.Ordinal).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.StartsWith($"慰问信尊敬的{byName[i].Name}同志：", pages[i], StringComparison.Ordinal);
            Assert.Contains("2021年元旦春节送温暖活动", pages[i], StringComparison.Ordinal);
            Assert.DoesNotContain("{", pages[i], StringComparison.Ordinal);
            Assert.EndsWith("2021年2月1日", pages[i], StringComparison.Ordinal);
            foreach (var other in byName.Where((_, j) => j != i)) Assert.DoesNotContain($"尊敬的{other.Name}同志", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Letters_for_households_outside_the_scope_are_not_printed()
    {
        var officer = await Query(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "officer");
            var path = await db.OrgUnits.Where(u => u.Id == user.OrgUnitId).Select(u => u.Path).SingleAsync();
            var outside = await db.Households.Where(h => !h.OrgUnit!.Path.StartsWith(path)).Select(h => h.Id).FirstAsync();
            return (User: new FixedCurrentUser(user.Id, user.DisplayName, user.OrgUnitId, path, Roles.Officer), Outside: outside);
        });
        _database.CurrentUser.Acting = officer.User;
        Assert.Null(await Print(p => p.LettersAsync(_campaign, [officer.Outside], new DateOnly(2021, 2, 1), Chinese)));
    }

    [Fact]
    public async Task The_catalog_lists_the_posted_notices_and_every_unit_with_a_sign_off_sheet()
    {
        var catalog = await Print(p => p.CatalogAsync(_campaign));
        Assert.Equal(["2021年元旦春节送温暖帮扶对象公示（第一批）", "2021年元旦春节送温暖帮扶对象公示（第二批）"], catalog.Notices.Select(n => n.Title));
        var expected = await Query(db => db.Grants.Where(g => g.CampaignId == _campaign && (g.Status == GrantStatus.Payable || g.Status == GrantStatus.Disbursed))
            // Cash and goods only: cash-only grants paid by bank transfer are not signed for on the sheets.
            .Where(g => g.InKindValue > 0 || !db.Disbursements.Any(d => d.GrantId == g.Id && d.Method == DisbursementMethod.BankTransfer))
            .GroupBy(g => g.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        Assert.Equal(expected.OrderBy(e => e.Key).Select(e => (e.Key, e.Count)), catalog.SignOffSheets.OrderBy(s => s.OrgUnitId).Select(s => (s.OrgUnitId, s.Lines)));
    }

    [Theory]
    [InlineData("2021年元旦春节送温暖活动总结", "2021年元旦春节送温暖活动总结.pdf")]
    [InlineData("2021/2022年度: 送温暖*活动?", "2021_2022年度_ 送温暖_活动_.pdf")]
    [InlineData("  ..", "document.pdf")]
    [InlineData("刘䶮\u0007", "刘䶮_.pdf")]
    public void File_names_keep_Chinese_and_lose_what_file_systems_refuse(string name, string expected) =>
        Assert.Equal(expected, FileNames.Pdf(name));
}
