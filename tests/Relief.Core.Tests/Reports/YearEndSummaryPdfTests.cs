using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Microsoft.Extensions.Localization;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary;
using Relief.Core.Tests.TestSupport;
using UglyToad.PdfPig;

namespace Relief.Core.Tests.Reports;

/// <summary>The summary PDF read back with PdfPig: its figures are the database's.</summary>
public sealed class YearEndSummaryPdfTests : IAsyncLifetime
{
    private static readonly ReportFormat Chinese = new(CultureInfo.GetCultureInfo("zh-CN"));
    private TestDatabase _database = null!;
    private int _campaign;
    private string _campaignName = "";

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        // The demo campaign is the newest one; its year moves with the demo data, so it is read, not written here.
        (_campaign, _campaignName) = await _database.InScopeAsync(async sp =>
        {
            var newest = await sp.GetRequiredService<ReliefDbContext>().Campaigns.OrderByDescending(c => c.StartsOn).Select(c => new { c.Id, c.Name }).FirstAsync();
            return (newest.Id, newest.Name);
        });
        _database.CurrentUser.Acting = new FixedCurrentUser("chair", "陈国华", null, "/", Roles.Chair);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_demo_summary_states_the_database_figures_in_its_text_and_tables()
    {
        var printed = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderAsync(_campaign, Chinese));
        Assert.Equal($"{_campaignName}总结.pdf", printed.FileName);
        var text = ExtractText(printed.Content, out var pages);
        if (Environment.GetEnvironmentVariable("RELIEF_KEEP_PDF") is { Length: > 0 } folder) await File.WriteAllBytesAsync(Path.Combine(folder, printed.FileName), printed.Content);

        var (paidCash, households, funds, visited, previousName) = await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var paid = await db.Grants.Where(g => g.CampaignId == _campaign && g.Status == GrantStatus.Disbursed).ToListAsync();
            var fundTotal = (await db.FundSources.Where(f => f.CampaignId == _campaign).ToListAsync()).Sum(f => f.Amount);
            var visitedCount = await db.VisitHouseholds.Where(vh => db.Visits.Any(v => v.Id == vh.VisitId && v.CampaignId == _campaign)).Select(vh => vh.HouseholdId).Distinct().CountAsync();
            var previous = await sp.GetRequiredService<YearEndQuery>().PreviousCampaignIdAsync(_campaign);
            var previousCampaign = await db.Campaigns.Where(c => c.Id == previous).Select(c => c.Name).SingleAsync();
            return (paid.Sum(g => g.CashAmount), paid.Select(g => g.HouseholdId).Distinct().Count(), fundTotal, visitedCount, previousCampaign);
        });

        Assert.Contains($"{_campaignName}总结", text, StringComparison.Ordinal);
        Assert.Contains("一、领导重视，统一部署", text, StringComparison.Ordinal);
        Assert.Contains($"本次活动共筹集资金{Chinese.TenThousands(funds)}万元", text, StringComparison.Ordinal);
        Assert.Contains($"已发放到{households}户，发放现金{Chinese.Money(paidCash)}元", text, StringComparison.Ordinal);
        Assert.Contains($"走访慰问{visited}户", text, StringComparison.Ordinal);
        Assert.DoesNotContain("【?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("___", text, StringComparison.Ordinal);
        Assert.Contains($"十一、与上期（{previousName}）比较", text, StringComparison.Ordinal);
        Assert.Contains(Squash($"第 1 页 / 共 {pages} 页"), text, StringComparison.Ordinal);
        Assert.True(pages >= 3);
    }

    [Fact]
    public async Task Every_table_row_of_the_summary_states_the_figures_of_a_direct_database_query()
    {
        var printed = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderAsync(_campaign, Chinese));
        var text = ExtractText(printed.Content, out _);
        var (now, before, m) = await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var previous = (await sp.GetRequiredService<YearEndQuery>().PreviousCampaignIdAsync(_campaign))!.Value;
            return (await DirectFigures.ComputeAsync(db, _campaign), await DirectFigures.ComputeAsync(db, previous), sp.GetRequiredService<IStringLocalizer<CoreMessages>>());
        });
        var f = Chinese;
        var rows = new List<string>();
        foreach (var fund in now.Funds)
        {
            // A long name wraps in its cell and PdfPig reads the figures of the row's first line before the name's second line.
            var figures = Squash($"{f.Money(fund.Amount)}{f.Money(fund.Committed)}{f.Money(fund.Spent)}{f.Money(fund.Balance)}");
            Assert.Contains(figures, text, StringComparison.Ordinal);
            Assert.Contains(Squash($"{m.Label(fund.Kind)}{(fund.Donor is null ? fund.Name : $"{fund.Name}（{fund.Donor}）")}"), text.Replace(figures, "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        rows.Add($"合计{f.Money(now.Funds.Sum(x => x.Amount))}{f.Money(now.Funds.Sum(x => x.Committed))}{f.Money(now.Funds.Sum(x => x.Spent))}{f.Money(now.Funds.Sum(x => x.Balance))}");
        rows.AddRange(now.Categories.Select(x => $"{m.Label(x.Category)}{f.Count(x.Households)}{f.Money(x.Cash)}{f.Money(x.InKind)}{f.Money(x.Cash + x.InKind)}"));
        rows.Add($"合计（户数不重复计）{f.Count(now.HouseholdsHelped)}{f.Money(now.CashTotal)}{f.Money(now.InKindTotal)}{f.Money(now.CashTotal + now.InKindTotal)}");
        rows.AddRange(now.Kinds.Select(x => $"{m.Label(x.Kind)}{f.Count(x.Grants)}{f.Money(x.Amount)}"));
        rows.Add($"合计{f.Count(now.Kinds.Sum(x => x.Grants))}{f.Money(now.Kinds.Sum(x => x.Amount))}");
        rows.AddRange(now.VisitKinds.Select(x => $"{m.Label(x.Kind)}{f.Count(x.Visits)}{f.Count(x.Households)}"));
        rows.Add($"合计（参与领导{now.LeadersTakingPart}人）{f.Count(now.VisitKinds.Sum(x => x.Visits))}{f.Count(now.HouseholdsVisited)}");
        rows.AddRange(now.Regions.Select(x => $"{x.Region}{f.Count(x.Households)}"));
        rows.Add($"工会委员会（联席）会议（次）{now.CommitteeMeetings}补助申请（件）{now.Applications}批准（人）{now.ApprovedPeople}批准（笔）{now.ApprovedGrants}批准金额（元）{f.Money(now.ApprovedAmount)}" +
            $"未通过（件）{now.Rejected}公示（次）{now.Notices}收到异议（件）{now.Objections}异议成立（件）{now.ObjectionsUpheld}异议不成立（件）{now.ObjectionsDismissed}异议处理中（件）{now.ObjectionsOpen}" +
            $"摸底调查（户）{now.HouseholdsSurveyed}新建档案（户）{now.FilesAdded}调整档案（户）{now.FilesAdjusted}脱困（户）{now.OutOfHardship}");
        rows.AddRange(now.Concerns.Select(x => $"{m.Label(x.Category)}{x.Raised}{x.Resolved}"));
        rows.Add($"合计{now.ConcernsRaised}{now.ConcernsResolved}");
        rows.Add($"筹集资金（元）{f.Money(now.FundsRaised)}{f.Money(before.FundsRaised)}{f.MoneyChange(now.FundsRaised, before.FundsRaised)}");
        rows.Add($"支出（元）{f.Money(now.FundsSpent)}{f.Money(before.FundsSpent)}{f.MoneyChange(now.FundsSpent, before.FundsSpent)}");
        rows.Add($"慰问户数{now.HouseholdsHelped}{before.HouseholdsHelped}{f.Change(now.HouseholdsHelped, before.HouseholdsHelped)}");
        rows.Add($"慰问金（元）{f.Money(now.CashTotal)}{f.Money(before.CashTotal)}{f.MoneyChange(now.CashTotal, before.CashTotal)}");
        rows.Add($"物资折价（元）{f.Money(now.InKindTotal)}{f.Money(before.InKindTotal)}{f.MoneyChange(now.InKindTotal, before.InKindTotal)}");
        rows.Add($"走访户数{now.HouseholdsVisited}{before.HouseholdsVisited}{f.Change(now.HouseholdsVisited, before.HouseholdsVisited)}");
        rows.Add($"诉求（件）{now.ConcernsRaised}{before.ConcernsRaised}{f.Change(now.ConcernsRaised, before.ConcernsRaised)}");

        Assert.True(now.Funds.Count >= 3 && now.Categories.Count >= 5 && now.Regions.Count >= 2 && before.HouseholdsHelped > 0);
        Assert.All(rows, row => Assert.Contains(Squash(row), text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_campaign_with_no_records_renders_a_complete_report_of_zeros()
    {
        var empty = await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var unit = await db.OrgUnits.Where(u => u.ParentId != null).Select(u => u.Id).FirstAsync();
            var campaign = new Features.Campaigns.Campaign
            {
                Name = "2030年夏送清凉活动", Year = 2030, Season = Features.Campaigns.Season.SummerCooling, OrgUnitId = unit,
                StartsOn = new DateOnly(2030, 7, 1), EndsOn = new DateOnly(2030, 8, 1), CreatedAt = DateTime.UtcNow,
            };
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            return campaign.Id;
        });
        var printed = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderAsync(empty, Chinese));
        var text = ExtractText(printed.Content, out var pages);
        if (Environment.GetEnvironmentVariable("RELIEF_KEEP_PDF") is { Length: > 0 } folder) await File.WriteAllBytesAsync(Path.Combine(folder, "empty-" + printed.FileName), printed.Content);
        Assert.Contains("本次活动共筹集资金0万元，已支出0万元，结余0万元，专款专用", text, StringComparison.Ordinal);
        Assert.DoesNotContain("【?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        // Every section is there, each with its zero totals; nothing is left out because there is nothing to count.
        string[] expected =
        [
            "一、资金来源及使用情况（元）来源名称（捐赠方）筹集已批未付已支出尚可安排合计0.000.000.000.00",
            "二、按对象类别发放情况（元）对象类别户数现金物资折价合计合计（户数不重复计）00.000.000.00",
            "三、按补助种类发放情况（元）补助种类笔数金额合计00.00",
            "四、走访慰问情况慰问方式次数户数合计（参与领导0人）00",
            "五、分地区走访户数地区户数（无）0",
            "工会委员会（联席）会议（次）0补助申请（件）0批准（人）0批准（笔）0批准金额（元）0.00未通过（件）0公示（次）0收到异议（件）0异议成立（件）0异议不成立（件）0异议处理中（件）0",
            "七、职工诉求诉求类别提出已解决合计00",
            "十一、与上期比较（无同季上期活动）项目本期上期增减筹集资金（元）0.00——支出（元）0.00——慰问户数0——",
        ];
        Assert.All(expected, section => Assert.Contains(section, text, StringComparison.Ordinal));
        Assert.Contains($"第1页/共{pages}页", text, StringComparison.Ordinal);
        Assert.Contains("十一、与上期比较（无同季上期活动）", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_English_summary_uses_the_English_narrative()
    {
        var printed = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderAsync(_campaign, new ReportFormat(CultureInfo.GetCultureInfo("en"))));
        var text = ExtractText(printed.Content, out var pages);
        Assert.Contains(Squash("Leadership attention and unified planning"), text, StringComparison.Ordinal);
        Assert.Contains(Squash($"Page 1 of {pages}"), text, StringComparison.Ordinal);
    }

    /// <summary>PdfPig gives words, not the spaces between them: compare without white space.</summary>
    private static string Squash(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c)));

    private static string ExtractText(byte[] pdf, out int pages)
    {
        using var document = PdfDocument.Open(pdf);
        pages = document.NumberOfPages;
        // Words are joined without spaces: Chinese has none, and the figures are matched as they are printed.
        return string.Concat(document.GetPages().Select(p => string.Concat(p.GetWords().Select(w => w.Text))));
    }
}
