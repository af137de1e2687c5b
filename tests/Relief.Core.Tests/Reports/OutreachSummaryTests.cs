using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;
using Relief.Core.Features.Pairing;
using Relief.Core.Features.ServiceEvents;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary;
using Relief.Core.Tests.TestSupport;
using UglyToad.PdfPig;

namespace Relief.Core.Tests.Reports;

/// <summary>
/// The 送服务 and 结对帮扶 figures of the demo data: the summary's SQL aggregates against the rows loaded and added up
/// the obvious way, the demo's story, and the printed summary read back with PdfPig.
/// </summary>
public sealed class OutreachSummaryTests : IAsyncLifetime
{
    private static readonly ReportFormat Chinese = new(CultureInfo.GetCultureInfo("zh-CN"));
    private TestDatabase _database = null!;
    private int _campaign;
    private int _previous;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        (_campaign, _previous) = await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            return (await db.Campaigns.Where(c => c.Year == 2021).Select(c => c.Id).SingleAsync(), await db.Campaigns.Where(c => c.Year == 2020).Select(c => c.Id).SingleAsync());
        });
        _database.CurrentUser.Acting = new FixedCurrentUser("chair", "陈国华", null, "/", Roles.Chair);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(2021)]
    [InlineData(2020)]
    public async Task The_summary_figures_equal_the_rows_added_up_directly(int year)
    {
        var campaignId = year == 2021 ? _campaign : _previous;
        var figures = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().GetAsync(campaignId));
        await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId);
            var events = (await db.ServiceEvents.AsNoTracking().Include(e => e.Households).ToListAsync())
                .Where(e => e.CampaignId == campaignId || (e.CampaignId == null && e.HeldOn >= campaign.StartsOn && e.HeldOn <= campaign.EndsOn)).ToList();
            var pairings = (await db.HelperPairings.AsNoTracking().Include(p => p.Households).Include(p => p.HelpRecords).ToListAsync())
                .Where(p => p.CampaignId == campaignId || (p.CampaignId == null && p.Year == campaign.Year)).ToList();
            var help = pairings.SelectMany(p => p.HelpRecords).ToList();
            var s = figures.Services;
            var p = figures.Pairing;

            Assert.Equal(events.Count, s.Events);
            Assert.Equal(events.Count(e => e.Kind == ServiceEventKind.JobFair), s.JobFairs);
            Assert.Equal(events.Sum(e => e.Employers ?? 0), s.Employers);
            Assert.Equal(events.Sum(e => e.JobTypes ?? 0), s.JobTypes);
            Assert.Equal(events.Sum(e => e.PositionsOffered ?? 0), s.PositionsOffered);
            Assert.Equal(events.Sum(e => e.Attendees ?? 0), s.Attendees);
            Assert.Equal(events.Sum(e => e.HiringIntentions ?? 0), s.HiringIntentions);
            Assert.Equal(events.Sum(e => e.Consultations ?? 0), s.Consultations);
            Assert.Equal(events.Sum(e => e.CasesTaken ?? 0), s.CasesTaken);
            Assert.Equal(events.Sum(e => e.Trainees ?? 0), s.Trainees);
            Assert.Equal(events.Sum(e => e.Sessions ?? 0), s.Sessions);
            Assert.Equal(events.Count(e => e.Kind == ServiceEventKind.Symposium), s.Symposiums);
            Assert.Equal(events.SelectMany(e => e.Households).Select(h => h.HouseholdId).Distinct().Count(), s.HouseholdsReached);

            Assert.Equal(pairings.Select(x => x.HelperUserId ?? x.HelperName + "|" + x.HelperWorkplace).Distinct().Count(), p.Helpers);
            Assert.Equal(pairings.SelectMany(x => x.Households).Select(h => h.HouseholdId).Distinct().Count(), p.Households);
            Assert.Equal(help.Select(r => r.HouseholdId).Distinct().Count(), p.HouseholdsHelped);
            Assert.Equal(help.Where(r => r.Kind == HelpKind.Money).Sum(r => r.Amount ?? 0), p.Money);
            Assert.Equal(
                help.Where(r => r.Kind == HelpKind.Goods).GroupBy(r => r.Unit!).ToDictionary(g => g.Key, g => g.Sum(r => r.Quantity ?? 0)),
                p.Goods.ToDictionary(g => g.Unit, g => g.Quantity));
            Assert.Equal(help.Count(r => r.Kind == HelpKind.Job), p.Jobs);
            Assert.Equal(help.Count(r => r.Kind == HelpKind.Visit), p.Visits);
            Assert.Equal(help.Count, p.Records);

            // The figures are not trivially zero: the demo tells the seed's story.
            Assert.True(s.JobFairs >= 1 && s.PositionsOffered > 0 && s.Symposiums >= 1 && p.Helpers > 0 && p.Money > 0 && p.Goods.Count > 0);
            return true;
        });
    }

    [Fact]
    public async Task The_demo_has_a_job_fair_a_symposium_with_aided_students_and_ten_pairs_with_help()
    {
        var figures = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().GetAsync(_campaign));
        Assert.Equal(10, figures.Pairing.Helpers);
        Assert.True(figures.Pairing.Jobs >= 3);
        await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var fair = await db.ServiceEvents.SingleAsync(e => e.CampaignId == _campaign && e.Kind == ServiceEventKind.JobFair);
            Assert.Contains("人力资源和社会保障局", fair.Partners, StringComparison.Ordinal);
            Assert.True(fair.HiringIntentions <= fair.Attendees);
            var symposium = await db.ServiceEvents.Include(e => e.Households).SingleAsync(e => e.CampaignId == _campaign && e.Kind == ServiceEventKind.Symposium);
            var students = symposium.Households.Select(h => h.HouseholdId).ToList();
            Assert.NotEmpty(students);
            Assert.Equal(students.Count, await db.HouseholdCategories.CountAsync(c => students.Contains(c.HouseholdId) && c.Category == HouseholdCategory.AidedStudent));
            var pairings = await db.HelperPairings.Include(p => p.HelpRecords).Where(p => p.Year == 2021).ToListAsync();
            Assert.Equal(10, pairings.Count);
            Assert.All(pairings, p => Assert.NotEmpty(p.HelpRecords));
            return true;
        });
    }

    [Fact]
    public async Task A_branch_officer_reads_only_the_events_and_pairs_of_the_branch()
    {
        var (unitId, path) = await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            return await db.OrgUnits.Where(u => u.Name == "丽水供电分工会").Select(u => new ValueTuple<int, string>(u.Id, u.Path)).SingleAsync();
        });
        _database.CurrentUser.Acting = new FixedCurrentUser("officer", "吴丽娟", unitId, path, Roles.Officer);
        var figures = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().GetAsync(_campaign));
        var expected = await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            return (await db.ServiceEvents.CountAsync(e => e.OrgUnitId == unitId && e.CampaignId == _campaign),
                await db.HelperPairings.CountAsync(p => p.OrgUnitId == unitId && p.Year == 2021));
        });
        Assert.Equal(expected, (figures.Services.Events, figures.Pairing.Helpers));
        Assert.Equal(0, figures.Services.JobFairs);
    }

    [Fact]
    public async Task The_printed_summary_states_the_figures_in_its_text_and_its_comparison_table()
    {
        var figures = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().GetAsync(_campaign));
        var previous = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().GetAsync(_previous));
        var printed = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderAsync(_campaign, Chinese));
        if (Environment.GetEnvironmentVariable("RELIEF_KEEP_PDF") is { Length: > 0 } folder) await File.WriteAllBytesAsync(Path.Combine(folder, "outreach-" + printed.FileName), printed.Content);
        var text = ExtractText(printed.Content);
        var s = figures.Services;
        var p = figures.Pairing;

        Assert.Contains($"有{Chinese.Count(s.Employers)}家用工单位参会，涉及工种{Chinese.Count(s.JobTypes)}个，提供岗位{Chinese.Count(s.PositionsOffered)}个，参会人员{Chinese.Count(s.Attendees)}人，达成用工意向{Chinese.Count(s.HiringIntentions)}人", text, StringComparison.Ordinal);
        Assert.Contains($"共有{p.Helpers}名党员干部参加结对帮扶，帮扶困难职工{p.Households}户，送去慰问金{Chinese.TenThousands(p.Money)}万元", text, StringComparison.Ordinal);
        Assert.Contains(string.Join("、", p.Goods.Select(g => Chinese.Quantity(g.Quantity, g.Unit))), text, StringComparison.Ordinal);
        Assert.Contains($"送岗位{p.Jobs}个", text, StringComparison.Ordinal);
        Assert.DoesNotContain("【?", text, StringComparison.Ordinal);

        Assert.Contains("十、送服务活动与结对帮扶（与上期比较）", text, StringComparison.Ordinal);
        // Each row: the item, this campaign, the previous one, the change.
        Assert.Contains($"提供岗位（个）{Chinese.Count(s.PositionsOffered)}{Chinese.Count(previous.Services.PositionsOffered)}{Chinese.Change(s.PositionsOffered, previous.Services.PositionsOffered)}", text, StringComparison.Ordinal);
        Assert.Contains($"结对帮扶干部（人）{p.Helpers}{previous.Pairing.Helpers}{Chinese.Change(p.Helpers, previous.Pairing.Helpers)}", text, StringComparison.Ordinal);
        Assert.Contains($"结对帮扶慰问金（元）{Chinese.Money(p.Money)}{Chinese.Money(previous.Pairing.Money)}", text, StringComparison.Ordinal);
        var jin = p.Goods.Single(g => g.Unit == "斤").Quantity;
        Assert.Contains($"结对帮扶物资（斤）{Chinese.Quantity(jin, "斤")}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_English_summary_names_the_same_figures()
    {
        var figures = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().GetAsync(_campaign));
        var english = new ReportFormat(CultureInfo.GetCultureInfo("en"));
        // The tables' words come from the request's language, as in the web app.
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        string text;
        try
        {
            text = ExtractText((await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderAsync(_campaign, english))).Content);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        Assert.Contains(Squash($"where {english.Count(figures.Services.Employers)} employers offered {english.Count(figures.Services.PositionsOffered)} positions"), text, StringComparison.Ordinal);
        Assert.Contains(Squash($"In the pairing drive {figures.Pairing.Helpers} cadres were paired with {figures.Pairing.Households} households"), text, StringComparison.Ordinal);
        Assert.Contains(Squash("10. Service events and pairing assistance"), text, StringComparison.Ordinal);
    }

    private static string Squash(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c)));

    private static string ExtractText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(page => string.Concat(page.GetWords().Select(w => w.Text))));
    }
}
