using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Goods;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Notices;
using Relief.Core.Features.ServiceEvents;
using Relief.Core.Features.Visits;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Reports;

/// <summary>
/// What the seed's second report names one by one (issue 18, item 3): notice batches, further allocations, donors,
/// attendances, cash and goods per household, each fund source. On a campaign generated with known figures, each
/// placeholder prints, in the PDF and in the .docx, the figure of a direct query of its definition and the figure
/// worked out by hand; on the demo data, each equals the direct query.
/// </summary>
public sealed class SeasonDetailSummaryTests : IAsyncLifetime
{
    private static readonly ReportFormat Chinese = new(CultureInfo.GetCultureInfo("zh-CN"));
    private static readonly string[] NewPlaceholders =
        ["依据文件", "资金来源情况", "追加拨款情况", "捐赠情况", "现金物资户数", "每户现金", "每户物资", "公示批次情况", "座谈会参加人次", "活动参与人次"];

    private TestDatabase _database = null!;
    private int _demoCampaign;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        _demoCampaign = await WithDbAsync(db => db.Campaigns.OrderByDescending(c => c.StartsOn).Select(c => c.Id).FirstAsync());
        _database.CurrentUser.Acting = new FixedCurrentUser("chair", "陈国华", null, "/", Roles.Chair);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_campaign_with_known_figures_prints_each_of_them_in_the_pdf_and_the_docx()
    {
        var campaign = await GenerateCampaignAsync();
        var (pdf, docx) = await PrintAsync(campaign);

        string[] known =
        [
            "按照集团公司工会(2029)28号《关于在2030年元旦春节期间继续开展“送温暖”活动的通知》文件要求",
            "分资金来源看：市总工会送温暖专项拨款10万元，已支出0.3万元；特困职工慰问款2万元，尚未支出；市财政补贴1万元，尚未支出；社会捐赠0.5万元，尚未支出。",
            "各批公示情况：第一批（2030年1月8日公示）2人，每人764.00元，计1,528.00元；第二批（2030年1月15日公示）2人，每人300.00元至800.00元，计1,100.00元。",
            "其中2户每户领到500.00元至600.00元现金和米、油、面等物资。",
            "2030年1月10日又拨出特困职工慰问款20,000.00元；2030年1月16日又收到市财政补贴10,000.00元。",
            "并召开座谈会1次，参加6人次",
            "文体活动、座谈会等共有120人次参加",
            "社会各界奉献爱心，市商务局捐款5,000.00元，某超市捐赠物资折价3,000.00元。",
        ];
        Assert.All(known, sentence =>
        {
            Assert.Contains(PdfText.Squash(sentence), pdf, StringComparison.Ordinal);
            Assert.Contains(sentence, docx, StringComparison.Ordinal);
        });
        await AssertEveryNewPlaceholderIsItsDirectQueryAsync(campaign, pdf, docx, expectAll: true);
    }

    [Fact]
    public async Task On_the_demo_data_each_new_placeholder_prints_its_direct_query()
    {
        var (pdf, docx) = await PrintAsync(_demoCampaign);
        await AssertEveryNewPlaceholderIsItsDirectQueryAsync(_demoCampaign, pdf, docx, expectAll: false);
    }

    [Fact]
    public async Task A_clause_of_the_new_placeholders_with_nothing_to_name_is_left_out()
    {
        var empty = await WithDbAsync(async db =>
        {
            var unit = await db.Campaigns.Where(c => c.Id == _demoCampaign).Select(c => c.OrgUnitId).SingleAsync();
            var campaign = new Campaign
            {
                Name = "2031年夏送清凉活动", Year = 2031, Season = Season.SummerCooling, OrgUnitId = unit,
                StartsOn = new DateOnly(2031, 7, 1), EndsOn = new DateOnly(2031, 8, 1), CreatedAt = DateTime.UtcNow,
            };
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            return campaign.Id;
        });
        var (pdf, docx) = await PrintAsync(empty);
        foreach (var lead in new[] { "分资金来源看", "各批公示情况", "又拨出", "奉献爱心", "每户领到", "人次", "按照" })
        {
            Assert.DoesNotContain(lead, pdf, StringComparison.Ordinal);
            Assert.DoesNotContain(lead, docx, StringComparison.Ordinal);
        }
    }

    /// <summary>Every new placeholder filled from <see cref="DirectFigures"/> (its definition as a plain query) is in both documents.</summary>
    private async Task AssertEveryNewPlaceholderIsItsDirectQueryAsync(int campaignId, string pdf, string docx, bool expectAll)
    {
        var values = await _database.InScopeAsync(async sp =>
        {
            var direct = await DirectFigures.ComputeAsync(sp.GetRequiredService<ReliefDbContext>(), campaignId);
            var queried = await sp.GetRequiredService<YearEndQuery>().GetAsync(campaignId);
            Assert.Equal(queried.Services.Participants, await sp.GetRequiredService<ReliefDbContext>().ServiceEvents
                .Where(e => e.CampaignId == campaignId).SumAsync(e => e.Participants ?? 0));
            var figures = direct with { Services = queried.Services, Pairing = queried.Pairing, HotlineGoods = queried.HotlineGoods };
            return SummaryValues.From(figures, Chinese, sp.GetRequiredService<IStringLocalizer<CoreMessages>>());
        });
        var printed = 0;
        foreach (var name in NewPlaceholders)
        {
            var value = values[name];
            if (value.Length == 0 || value == "0") continue;
            printed++;
            Assert.True(pdf.Contains(PdfText.Squash(value), StringComparison.Ordinal), $"{name} = {value} is not in the PDF");
            Assert.True(docx.Contains(value, StringComparison.Ordinal), $"{name} = {value} is not in the .docx");
        }
        if (expectAll) Assert.Equal(NewPlaceholders.Length, printed);
        else Assert.True(printed >= 4, $"the demo data names {printed} of them");
    }

    /// <summary>The narrative of the PDF (running header and page footers out) and the text of the .docx, which must be valid.</summary>
    private async Task<(string Pdf, string Docx)> PrintAsync(int campaignId)
    {
        var pdf = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderAsync(campaignId, Chinese));
        var word = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderWordAsync(campaignId, Chinese));
        await PdfText.KeepAsync("season-" + pdf.FileName, pdf.Content);
        await PdfText.KeepAsync("season-" + word.FileName, word.Content);
        var pages = PdfText.Pages(pdf.Content);
        var runningHeader = pages[0][..(pages[0].IndexOf("总结", StringComparison.Ordinal) + 2)];
        var text = string.Concat(pages.Select(p => Regex.Replace(p.Replace(runningHeader, "", StringComparison.Ordinal), "第\\d+页/共\\d+页", "")));
        var appendix = text.IndexOf("附表", StringComparison.Ordinal);

        using var stream = new MemoryStream(word.Content);
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText);
        return (appendix < 0 ? text : text[..appendix], string.Join("\n", paragraphs));
    }

    /// <summary>
    /// A campaign after the demo one, with figures worked out by hand: four fund sources (own funds allocated later, a
    /// donation, a fiscal subsidy received later), goods from a supermarket, five grants on two notices (one rejected after posting), two of
    /// them with cash and goods, a symposium of three visitors and three households, a cultural event of 120 attendances.
    /// </summary>
    private async Task<int> GenerateCampaignAsync() => await WithDbAsync(async db =>
    {
        var unit = await db.Campaigns.Where(c => c.Id == _demoCampaign).Select(c => c.OrgUnitId).SingleAsync();
        var households = (await db.Households.OrderBy(h => h.Id).ToListAsync()).DistinctBy(h => h.IdNumberHash).Take(5).ToList();
        var campaign = new Campaign
        {
            Name = "2030年元旦春节送温暖活动", Year = 2030, Season = Season.NewYearSpringFestival, OrgUnitId = unit,
            StartsOn = new DateOnly(2030, 1, 1), EndsOn = new DateOnly(2030, 2, 28), CreatedAt = DateTime.UtcNow, Status = CampaignStatus.Active,
            DirectiveReference = "集团公司工会(2029)28号", DirectiveTitle = "关于在2030年元旦春节期间继续开展“送温暖”活动的通知",
        };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();

        var allocation = new FundSource { CampaignId = campaign.Id, Kind = FundSourceKind.Allocation, Name = "市总工会送温暖专项拨款", Amount = 100_000m, Spent = 3_000m, ReceivedOn = new DateOnly(2030, 1, 2) };
        db.FundSources.AddRange(
            allocation,
            new FundSource { CampaignId = campaign.Id, Kind = FundSourceKind.OwnFunds, Name = "特困职工慰问款", Amount = 20_000m, ReceivedOn = new DateOnly(2030, 1, 10) },
            new FundSource { CampaignId = campaign.Id, Kind = FundSourceKind.Donation, Name = "社会捐赠", Donor = "市商务局", Amount = 5_000m, ReceivedOn = new DateOnly(2030, 1, 12) },
            new FundSource { CampaignId = campaign.Id, Kind = FundSourceKind.FiscalSubsidy, Name = "市财政补贴", Amount = 10_000m, ReceivedOn = new DateOnly(2030, 1, 16) });
        var stock = new GoodsStock { CampaignId = campaign.Id, OrgUnitId = unit, ItemName = "大米", Unit = "袋", ReceivedQuantity = 100, ReceivedValue = 3_000m };
        db.GoodsStocks.Add(stock);
        await db.SaveChangesAsync();
        db.GoodsReceipts.Add(new GoodsReceipt
        {
            CampaignId = campaign.Id, OrgUnitId = unit, GoodsStockId = stock.Id, Donor = "某超市", ItemName = "大米", Unit = "袋",
            Quantity = 100, Value = 3_000m, ReceivedOn = new DateOnly(2030, 1, 6), CreatedAt = DateTime.UtcNow,
        });

        Grant NewGrant(Household household, GrantKind kind, decimal cash, GrantStatus status, params (string Name, decimal Value)[] items) => new()
        {
            CampaignId = campaign.Id, HouseholdId = household.Id, OrgUnitId = household.OrgUnitId, Kind = kind, Category = HouseholdCategory.HardshipEmployee,
            CashAmount = cash, InKindValue = items.Sum(i => i.Value), TotalAmount = cash + items.Sum(i => i.Value), Reason = "生活困难", Status = status,
            AppliedOn = new DateOnly(2030, 1, 3), FundSourceId = allocation.Id, CreatedAt = DateTime.UtcNow,
            Items = [.. items.Select(i => new GrantItem { Name = i.Name, Unit = "份", Quantity = 1, UnitValue = i.Value })],
        };
        var grants = new[]
        {
            NewGrant(households[0], GrantKind.HolidayCondolence, 500m, GrantStatus.Disbursed, ("米", 100m), ("面", 50m), ("油", 114m)),
            NewGrant(households[1], GrantKind.HolidayCondolence, 600m, GrantStatus.Disbursed, ("米", 100m), ("油", 64m)),
            NewGrant(households[2], GrantKind.HardshipSubsidy, 800m, GrantStatus.Disbursed),
            NewGrant(households[3], GrantKind.HardshipSubsidy, 300m, GrantStatus.OnNotice),
            NewGrant(households[4], GrantKind.HardshipSubsidy, 600m, GrantStatus.Rejected),
        };
        db.Grants.AddRange(grants);
        await db.SaveChangesAsync();

        PublicNotice Notice(DateOnly postedOn, params Grant[] listed) => new()
        {
            CampaignId = campaign.Id, OrgUnitId = unit, Title = "补助公示", PostedOn = postedOn, EndsOn = postedOn.AddDays(7), Status = NoticeStatus.Closed,
            CreatedAt = DateTime.UtcNow,
            Items = [.. listed.Select(g => new NoticeItem { GrantId = g.Id, HouseholdName = "某某", UnitName = "某单位", Category = g.Category, Kind = g.Kind, Amount = g.TotalAmount })],
        };
        db.PublicNotices.AddRange(Notice(new DateOnly(2030, 1, 8), grants[0], grants[1]), Notice(new DateOnly(2030, 1, 15), grants[2], grants[3], grants[4]));
        db.Visits.Add(new Visit
        {
            CampaignId = campaign.Id, OrgUnitId = unit, Kind = VisitKind.Symposium, VisitedOn = new DateOnly(2030, 1, 20), CreatedAt = DateTime.UtcNow,
            Visitors = [new VisitVisitor { Name = "张总", IsLeader = true }, new VisitVisitor { Name = "李主席", IsLeader = true }, new VisitVisitor { Name = "王干事" }],
            Households = [.. households.Take(3).Select(h => new VisitHousehold { HouseholdId = h.Id, CampaignId = campaign.Id })],
        });
        db.ServiceEvents.Add(new ServiceEvent
        {
            CampaignId = campaign.Id, OrgUnitId = unit, Kind = ServiceEventKind.Cultural, Title = "迎新春趣味运动会", HeldOn = new DateOnly(2030, 1, 18),
            Participants = 120, CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return campaign.Id;
    });

    private Task<T> WithDbAsync<T>(Func<ReliefDbContext, Task<T>> work) => _database.InScopeAsync(sp => work(sp.GetRequiredService<ReliefDbContext>()));
}
