using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Reports.Printing;
using Relief.Core.Tests.TestSupport;
using static Relief.Core.Tests.Reports.PdfText;

namespace Relief.Core.Tests.Reports;

/// <summary>The sign-off sheet as the office uses it: a subtotal under every page's lines, whole names, fifteen lines a page, and each line saying what it holds.</summary>
public sealed class SignOffSheetLayoutTests : IAsyncLifetime
{
    private static readonly ReportFormat Chinese = new(CultureInfo.GetCultureInfo("zh-CN"));
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Every_page_has_the_subtotal_of_its_own_lines_and_the_last_the_total_with_fifteen_lines_a_page_and_six_character_names_whole()
    {
        var rows = Enumerable.Range(1, 40).Select(i =>
        {
            var amount = 500m + (i * 12.5m);
            // Names of six characters (欧阳 and a four-character given name) and of two.
            var name = i % 3 == 0 ? $"欧阳{"建国立业东方红旭"[i % 5]}{"华明晓春"[i % 4]}{"喆堃"[i % 2]}䶮" : $"陈{"喆堃淼"[i % 3]}";
            return new SignOffRow(i, i, name, HouseholdCategory.HardshipEmployee, GrantKind.HardshipSubsidy, amount, 0, amount,
                ChineseAmount.ToCapital(amount), null, GrantStatus.Payable, null, null);
        }).ToList();
        var pages = Pages(await RenderAsync(rows, "签领表-小计.pdf"));

        Assert.Equal(3, pages.Count);
        var chunks = rows.Chunk(SignOffSheetDocument.RowsPerPage).ToList();
        for (var n = 0; n < pages.Count; n++)
        {
            var subtotal = chunks[n].Sum(r => r.Amount);
            Assert.Contains($"本页小计{chunks[n].Length}笔{Chinese.Money(subtotal)}{ChineseAmount.ToCapital(subtotal)}", pages[n], StringComparison.Ordinal);
            foreach (var row in chunks[n]) Assert.Contains($"{row.Number}{row.HouseholdName}", pages[n], StringComparison.Ordinal);
        }
        Assert.All(pages.SkipLast(1), page => Assert.DoesNotContain("合计", page.Replace("本页小计", "", StringComparison.Ordinal), StringComparison.Ordinal));
        var total = rows.Sum(r => r.Amount);
        Assert.Contains($"合计{rows.Count}笔{Chinese.Money(total)}{ChineseAmount.ToCapital(total)}", pages[^1], StringComparison.Ordinal);
        Assert.True(SignOffSheetDocument.RowsPerPage >= 15);
    }

    [Fact]
    public async Task A_line_with_goods_says_how_much_is_cash_and_how_much_goods_never_cash_alone()
    {
        var paidOn = new DateOnly(2021, 1, 18);
        SignOffRow[] rows =
        [
            new(1, 1, "蓝晓华", HouseholdCategory.HardshipEmployee, GrantKind.HardshipSubsidy, 500m, 264m, 764m, ChineseAmount.ToCapital(764m), "大米2袋、面粉1袋、食用油1桶", GrantStatus.Disbursed, paidOn, DisbursementMethod.Cash),
            new(2, 2, "蓝晓明", HouseholdCategory.Retiree, GrantKind.HolidayCondolence, 600m, 0m, 600m, ChineseAmount.ToCapital(600m), null, GrantStatus.Disbursed, paidOn, DisbursementMethod.BankTransfer),
            new(3, 3, "蓝晓春", HouseholdCategory.Retiree, GrantKind.InKind, 0m, 264m, 264m, ChineseAmount.ToCapital(264m), "大米2袋、面粉1袋、食用油1桶", GrantStatus.Disbursed, paidOn, DisbursementMethod.Goods),
        ];
        var text = string.Concat(PagesInDrawingOrder(await RenderAsync(rows, "签领表-现金实物.pdf")));

        Assert.Contains(Squash("2021年1月18日已发：现金 500.00 元 + 实物 264.00 元"), text, StringComparison.Ordinal);
        Assert.Contains(Squash("2021年1月18日已发：银行转账 600.00 元"), text, StringComparison.Ordinal);
        Assert.Contains(Squash("2021年1月18日已发：实物 264.00 元"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("（现金）", text, StringComparison.Ordinal);
    }

    private async Task<byte[]> RenderAsync(IReadOnlyList<SignOffRow> rows, string keepAs)
    {
        var total = rows.Sum(r => r.Amount);
        var sheet = new SignOffSheet(1, "2021年元旦春节送温暖活动", 4, "丽水供电分工会", rows, total, ChineseAmount.ToCapital(total));
        var messages = await _database.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IStringLocalizer<CoreMessages>>()));
        var pdf = new SignOffSheetDocument(sheet, new DateOnly(2021, 2, 1), Chinese, messages).Build().GeneratePdf();
        await KeepAsync(keepAs, pdf);
        return pdf;
    }
}
