using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Notices;
using Relief.Core.Features.Pairing;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Reports;

/// <summary>
/// The summary's narrative read back from the PDF against the records, sentence by sentence: every figure counts the
/// noun its sentence uses, each as docs/year-end-figures.md defines it. One test per false statement found in the
/// demo campaign's summary (issue 18), then every placeholder of the default narrative at once.
/// </summary>
public sealed partial class YearEndNarrativeTruthTests : IAsyncLifetime
{
    private static readonly ReportFormat Chinese = new(CultureInfo.GetCultureInfo("zh-CN"));
    private TestDatabase _database = null!;
    private int _campaign;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        // The demo campaign is the newest; its year moves with the demo data.
        _campaign = await _database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().Campaigns.OrderByDescending(c => c.StartsOn).Select(c => c.Id).FirstAsync());
        _database.CurrentUser.Acting = new FixedCurrentUser("chair", "陈国华", null, "/", Roles.Chair);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Approved_people_are_distinct_persons_and_the_noticed_ones_are_counted_from_the_notices()
    {
        var text = await NarrativeAsync();
        var (persons, grants, noticed) = await WithDbAsync(async db =>
        {
            var approved = await db.Grants.Where(g => g.CampaignId == _campaign && GrantStatuses.Approved.Contains(g.Status))
                .Select(g => new { g.Id, g.Household!.IdNumberHash }).ToListAsync();
            var posted = await db.PublicNotices.Where(n => n.CampaignId == _campaign && n.Status != NoticeStatus.Draft).SelectMany(n => n.Items)
                .Select(i => i.Grant!.Household!.IdNumberHash).ToListAsync();
            return (approved.Select(g => g.IdNumberHash).Distinct().Count(), approved.Count, posted.Distinct().Count());
        });

        Assert.True(persons < grants, "the demo data has people with more than one grant");
        Assert.Contains($"批准补助{persons}人{grants}笔", text, StringComparison.Ordinal);
        Assert.Contains($"公示{noticed}人", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hardship_sentence_names_exactly_the_categories_it_counts_and_counts_persons()
    {
        var text = await NarrativeAsync();
        var sentence = HardshipSentence().Match(text);
        Assert.True(sentence.Success, "一是对…共N人进行困难补助");
        var (categories, persons) = await PaidOfKindAsync(GrantKind.HardshipSubsidy);
        Assert.Equal(categories, sentence.Groups[1].Value);
        Assert.Equal(persons, int.Parse(sentence.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_condolence_sentence_names_every_category_it_counts_model_workers_included()
    {
        var text = await NarrativeAsync();
        var sentence = CondolenceSentence().Match(text);
        Assert.True(sentence.Success, "二是…对…共计N人进行节日慰问");
        var (categories, persons) = await PaidOfKindAsync(GrantKind.HolidayCondolence);
        Assert.Contains("劳动模范", categories, StringComparison.Ordinal);
        Assert.Equal(categories, sentence.Groups[1].Value);
        Assert.Equal(persons, int.Parse(sentence.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Everyone_on_the_visits_is_counted_and_the_leaders_separately()
    {
        var text = await NarrativeAsync();
        var (everyone, leaders) = await WithDbAsync(async db =>
        {
            var visitors = await db.Visits.Where(v => v.CampaignId == _campaign).SelectMany(v => v.Visitors).Select(x => new { x.Name, x.IsLeader }).ToListAsync();
            return (visitors.Select(x => x.Name).Distinct().Count(), visitors.Where(x => x.IsLeader).Select(x => x.Name).Distinct().Count());
        });
        Assert.True(everyone > leaders);
        Assert.Contains($"共有{everyone}人参加走访慰问，其中领导{leaders}人", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_balance_is_raised_less_spent_and_names_the_approved_but_unpaid_part_and_what_is_still_free()
    {
        var text = await NarrativeAsync();
        var funds = await WithDbAsync(db => db.FundSources.Where(f => f.CampaignId == _campaign).ToListAsync());
        var (raised, committed, spent) = (funds.Sum(f => f.Amount), funds.Sum(f => f.Committed), funds.Sum(f => f.Spent));
        Assert.True(committed > 0);
        var w = Chinese.TenThousands;
        Assert.Contains($"本次活动共筹集资金{w(raised)}万元，已支出{w(spent)}万元，结余{w(raised - spent)}万元（其中已批准待发放{w(committed)}万元，尚可安排{w(raised - committed - spent)}万元）",
            text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_average_for_extreme_hardship_households_states_its_base()
    {
        var text = await NarrativeAsync();
        var (visited, paidHouseholds, paidAmount) = await WithDbAsync(async db =>
        {
            var leaderVisits = await db.Visits.Where(v => v.CampaignId == _campaign && v.Kind == Features.Visits.VisitKind.Home && v.Visitors.Any(x => x.IsLeader))
                .SelectMany(v => v.Households).Where(h => h.Household!.Level == Features.Households.HardshipLevel.Extreme).Select(h => h.HouseholdId).Distinct().ToListAsync();
            var paid = (await db.Grants.Where(g => g.CampaignId == _campaign && g.Status == GrantStatus.Disbursed).ToListAsync())
                .Where(g => leaderVisits.Contains(g.HouseholdId)).ToList();
            return (leaderVisits.Count, paid.Select(g => g.HouseholdId).Distinct().Count(), paid.Sum(g => g.TotalAmount));
        });
        Assert.True(paidHouseholds > 0 && paidHouseholds < visited, "the demo data has visited households not yet paid");
        Assert.Contains($"亲自登门走访{visited}户，其中{paidHouseholds}户已发放慰问款共{Chinese.Money(paidAmount)}元，按这{paidHouseholds}户计户均{Chinese.Money(Math.Round(paidAmount / paidHouseholds, 2))}元",
            text, StringComparison.Ordinal);
        // Every 户均 of the narrative names its base just before it.
        Assert.All(Regex.Matches(text, "户均").Select(m => text[Math.Max(0, m.Index - 12)..m.Index]), before => Assert.Matches("按.+户计", before));
    }

    [Fact]
    public async Task Objections_are_said_to_be_all_handled_only_when_none_is_open()
    {
        var open = await WithDbAsync(db => db.Objections.CountAsync(o => o.PublicNotice!.CampaignId == _campaign && o.Outcome == ObjectionOutcome.Open));
        Assert.True(open > 0);
        var text = await NarrativeAsync();
        Assert.DoesNotContain("均已按程序处理", text, StringComparison.Ordinal);
        Assert.Contains($"尚有{open}件正在核实处理", text, StringComparison.Ordinal);

        await WithDbAsync(async db =>
        {
            foreach (var objection in await db.Objections.Where(o => o.PublicNotice!.CampaignId == _campaign && o.Outcome == ObjectionOutcome.Open).ToListAsync())
                objection.Outcome = ObjectionOutcome.Dismissed;
            return await db.SaveChangesAsync();
        });
        Assert.Contains("均已按程序处理", await NarrativeAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clause_whose_figures_are_all_nought_is_left_out()
    {
        var text = await NarrativeAsync();
        Assert.DoesNotMatch(@"(?<![\d.,])0(?:户|人|件|次|个|家|名|场|期|笔|元|万元)", text);
        // The demo campaign opened no file: the clause is gone, the sentence reads on.
        Assert.DoesNotContain("新建困难职工档案", text, StringComparison.Ordinal);
        Assert.Matches(@"共入户核查\d+户，调整充实档案\d+户，摸清了底数", text);
    }

    [Fact]
    public async Task Large_sums_read_in_wan_yuan_and_grain_in_wan_jin_as_the_customary_wording_does()
    {
        var text = await NarrativeAsync();
        var raised = await WithDbAsync(async db => (await db.FundSources.Where(f => f.CampaignId == _campaign).ToListAsync()).Sum(f => f.Amount));
        Assert.Contains($"本次活动共筹集资金{Chinese.TenThousands(raised)}万元", text, StringComparison.Ordinal);
        Assert.Equal("15", Chinese.TenThousands(150_000m));
        Assert.Equal("4.01", Chinese.TenThousands(40_148m));

        // A pairing drive that gave 35,000 斤 of grain and oil and 126,500 yuan: the seed's "慰问金___万元，油食品___万斤".
        var localizer = await _database.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IStringLocalizer<CoreMessages>>()));
        var figures = new YearEndFigures
        {
            Campaign = new YearEndFigures.CampaignHeading(1, "活动", 2030, Features.Campaigns.Season.NewYearSpringFestival, null, null, new DateOnly(2030, 1, 1), new DateOnly(2030, 2, 1), "工会"),
            Pairing = PairingTotals.None with { Helpers = 12, Households = 30, Money = 126_500m, Goods = [new PairingTotals.GoodsLine("斤", 35_000m)] },
        };
        var filled = NarrativeTemplate.Fill(DefaultNarrative.For("zh-CN"), SummaryValues.From(figures, Chinese, localizer));
        Assert.Contains("送去慰问金12.65万元、物资3.5万斤", filled, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_comparison_states_every_change_of_money_in_the_money_format()
    {
        var printed = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderAsync(_campaign, Chinese));
        var text = string.Concat(PdfText.Pages(printed.Content));
        var (now, before) = await WithDbAsync(async db =>
        {
            var previous = await db.Campaigns.Where(c => c.Id != _campaign).OrderByDescending(c => c.StartsOn).Select(c => c.Id).FirstAsync();
            return ((await db.FundSources.Where(f => f.CampaignId == _campaign).ToListAsync()).Sum(f => f.Amount),
                (await db.FundSources.Where(f => f.CampaignId == previous).ToListAsync()).Sum(f => f.Amount));
        });
        Assert.NotEqual(now, before);
        var change = (now - before).ToString("+#,##0.00;-#,##0.00", CultureInfo.InvariantCulture);
        Assert.Contains($"筹集资金（元）{Chinese.Money(now)}{Chinese.Money(before)}{change}", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Acceptance: the default narrative filled with the figures of <see cref="DirectFigures"/> (each placeholder's
    /// definition as a direct query) is, paragraph by paragraph, the text of the PDF. Service events, pairing, hotline
    /// and goods come from the query here: OutreachSummaryTests and HotlineGoodsFiguresTests hold them to direct queries.
    /// </summary>
    [Fact]
    public async Task Every_placeholder_of_the_narrative_prints_the_figure_of_a_direct_query_of_its_definition()
    {
        var text = await NarrativeAsync();
        var expected = await _database.InScopeAsync(async sp =>
        {
            var direct = await DirectFigures.ComputeAsync(sp.GetRequiredService<ReliefDbContext>(), _campaign);
            var queried = await sp.GetRequiredService<YearEndQuery>().GetAsync(_campaign);
            var figures = direct with { Services = queried.Services, Pairing = queried.Pairing, HotlineGoods = queried.HotlineGoods };
            return NarrativeTemplate.Fill(DefaultNarrative.For("zh-CN"), SummaryValues.From(figures, Chinese, sp.GetRequiredService<IStringLocalizer<CoreMessages>>()));
        });
        var paragraphs = NarrativeTemplate.Paragraphs(expected);
        Assert.True(paragraphs.Count >= 10);
        Assert.All(paragraphs, paragraph => Assert.Contains(PdfText.Squash(paragraph), text, StringComparison.Ordinal));
    }

    /// <summary>The narrative pages of the summary as read from its PDF: running header and page footer taken out, up to the appendix.</summary>
    private async Task<string> NarrativeAsync()
    {
        var printed = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderAsync(_campaign, Chinese));
        await PdfText.KeepAsync("truth-" + printed.FileName, printed.Content);
        var header = await WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.Where(c => c.Id == _campaign).Select(c => new { c.Name, Unit = c.OrgUnit!.Name }).SingleAsync();
            return PdfText.Squash($"{campaign.Unit} · {campaign.Name}总结");
        });
        var text = string.Concat(PdfText.Pages(printed.Content).Select(page => PageFooter().Replace(page.Replace(header, "", StringComparison.Ordinal), "")));
        var appendix = text.IndexOf("附表", StringComparison.Ordinal);
        return appendix < 0 ? text : text[..appendix];
    }

    private async Task<(string Categories, int Persons)> PaidOfKindAsync(GrantKind kind) => await _database.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ReliefDbContext>();
        var messages = sp.GetRequiredService<IStringLocalizer<CoreMessages>>();
        var paid = await db.Grants.Where(g => g.CampaignId == _campaign && g.Status == GrantStatus.Disbursed && g.Kind == kind)
            .Select(g => new { g.Category, g.Household!.IdNumberHash }).ToListAsync();
        var categories = string.Join("、", paid.Select(g => g.Category).Distinct().Order().Select(c => messages[$"Summary.CategoryNoun.{c}"].Value));
        return (categories, paid.Select(g => g.IdNumberHash).Distinct().Count());
    });

    private Task<T> WithDbAsync<T>(Func<ReliefDbContext, Task<T>> work) => _database.InScopeAsync(sp => work(sp.GetRequiredService<ReliefDbContext>()));

    [GeneratedRegex("一是对(.+?)共(\\d+)人进行困难补助")]
    private static partial Regex HardshipSentence();

    [GeneratedRegex("二是拨出节日慰问专款，对(.+?)共计(\\d+)人进行节日慰问")]
    private static partial Regex CondolenceSentence();

    [GeneratedRegex("第\\d+页/共\\d+页")]
    private static partial Regex PageFooter();
}
