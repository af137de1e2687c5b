using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.DemoData;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
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

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await _database.InScopeAsync(sp => sp.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None));
        _campaign = await _database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().Campaigns.Where(c => c.Year == 2021).Select(c => c.Id).SingleAsync());
        _database.CurrentUser.Acting = new FixedCurrentUser("chair", "陈国华", null, "/", Roles.Chair);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_demo_summary_states_the_database_figures_in_its_text_and_tables()
    {
        var printed = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderAsync(_campaign, Chinese));
        Assert.Equal("2021年元旦春节送温暖活动总结.pdf", printed.FileName);
        var text = ExtractText(printed.Content, out var pages);
        if (Environment.GetEnvironmentVariable("RELIEF_KEEP_PDF") is { Length: > 0 } folder) await File.WriteAllBytesAsync(Path.Combine(folder, printed.FileName), printed.Content);

        var (paidCash, households, funds, visited) = await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var paid = await db.Grants.Where(g => g.CampaignId == _campaign && g.Status == GrantStatus.Disbursed).ToListAsync();
            var fundTotal = (await db.FundSources.Where(f => f.CampaignId == _campaign).ToListAsync()).Sum(f => f.Amount);
            var visitedCount = await db.VisitHouseholds.Where(vh => db.Visits.Any(v => v.Id == vh.VisitId && v.CampaignId == _campaign)).Select(vh => vh.HouseholdId).Distinct().CountAsync();
            return (paid.Sum(g => g.CashAmount), paid.Select(g => g.HouseholdId).Distinct().Count(), fundTotal, visitedCount);
        });

        Assert.Contains("2021年元旦春节送温暖活动总结", text, StringComparison.Ordinal);
        Assert.Contains("一、领导重视，统一部署", text, StringComparison.Ordinal);
        Assert.Contains($"本次活动共筹集资金{Chinese.Money(funds)}元", text, StringComparison.Ordinal);
        Assert.Contains($"共计慰问{households}户，发放慰问金{Chinese.Money(paidCash)}元", text, StringComparison.Ordinal);
        Assert.Contains($"走访慰问{visited}户", text, StringComparison.Ordinal);
        Assert.DoesNotContain("【?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("___", text, StringComparison.Ordinal);
        Assert.Contains("十、与上期（2020年元旦春节送温暖活动）比较", text, StringComparison.Ordinal);
        Assert.Contains(Squash($"第 1 页 / 共 {pages} 页"), text, StringComparison.Ordinal);
        Assert.True(pages >= 3);
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
        var text = ExtractText(printed.Content, out _);
        Assert.Contains("本次活动共筹集资金0.00元", text, StringComparison.Ordinal);
        Assert.Contains("十、与上期比较（无同季上期活动）", text, StringComparison.Ordinal);
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
