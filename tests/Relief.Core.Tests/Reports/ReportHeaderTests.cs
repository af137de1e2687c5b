using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Reports;

/// <summary>
/// The header is the union's (issue 18, item 4): 撰写人, date and the directive are saved on the campaign, audited and
/// guarded by its version, printed in the seed's form in the PDF and the .docx, and said to be not set when they are not;
/// a narrative can start from the previous season's.
/// </summary>
public sealed class ReportHeaderTests : IAsyncLifetime
{
    private static readonly ReportFormat Chinese = new(CultureInfo.GetCultureInfo("zh-CN"));
    private TestDatabase _database = null!;
    private int _campaign;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        _campaign = await _database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().Campaigns.OrderByDescending(c => c.StartsOn).Select(c => c.Id).FirstAsync());
        _database.CurrentUser.Acting = new FixedCurrentUser("chair", "陈国华", null, "/", Roles.Chair);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Unset_author_and_date_are_said_to_be_not_set_rather_than_the_reader_and_today()
    {
        await SaveAsync(new ReportHeaderInput());
        var (pdf, docx) = await PrintAsync();
        Assert.Contains("撰写人：（未填写）日期：（未填写）", pdf, StringComparison.Ordinal);
        Assert.Contains("（日期未填写）", pdf, StringComparison.Ordinal);
        Assert.Contains("撰写人：（未填写）　　日期：（未填写）", docx, StringComparison.Ordinal);
        Assert.Equal("（日期未填写）", docx.Split('\n').Where(line => line.Length > 0).TakeWhile(line => line != "走访剪影").Last());
        var today = Chinese.Date(UnionToday.Date);
        Assert.DoesNotContain(today, pdf, StringComparison.Ordinal);
        Assert.DoesNotContain(today, docx, StringComparison.Ordinal);
        Assert.DoesNotContain("陈国华", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("撰写人：chair", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_header_round_trips_is_audited_and_prints_in_the_seed_s_form()
    {
        var endsOn = await WithDbAsync(db => db.Campaigns.Where(c => c.Id == _campaign).Select(c => c.EndsOn).SingleAsync());
        var written = endsOn.AddDays(10);
        var input = new ReportHeaderInput
        {
            Author = "  王丽 ", WrittenOn = written, DirectiveReference = "集团公司工会(2020)28号",
            DirectiveTitle = "关于在2021年元旦春节期间继续开展“送温暖”活动的通知",
        };
        var result = await SaveAsync(input);
        Assert.True(result.Succeeded);

        var loaded = await _database.InScopeAsync(sp => sp.GetRequiredService<ReportHeaderService>().GetForEditAsync(_campaign));
        Assert.Equal("王丽", loaded.Author);
        Assert.Equal(written, loaded.WrittenOn);
        Assert.Equal(input.DirectiveReference, loaded.DirectiveReference);
        Assert.Equal(input.DirectiveTitle, loaded.DirectiveTitle);

        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "Campaign" && a.EntityKey == _campaign.ToString(CultureInfo.InvariantCulture))
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Contains("王丽", audit.NewValues, StringComparison.Ordinal);
        Assert.Equal("chair", audit.UserId);

        var (pdf, docx) = await PrintAsync();
        var date = Chinese.Date(written);
        Assert.Contains($"撰写人：王丽日期：{date}", pdf, StringComparison.Ordinal);
        Assert.Contains($"撰写人：王丽　　日期：{date}", docx, StringComparison.Ordinal);
        // 集团公司工会(__)__号《___》文件: the number, then the title in 《》.
        const string citation = "按照集团公司工会(2020)28号《关于在2021年元旦春节期间继续开展“送温暖”活动的通知》文件要求";
        Assert.Contains(citation, pdf, StringComparison.Ordinal);
        Assert.Contains(citation, docx, StringComparison.Ordinal);
        // The 落款 bears the union's name and the report's date, in both.
        var unit = await WithDbAsync(db => db.Campaigns.Where(c => c.Id == _campaign).Select(c => c.OrgUnit!.Name).SingleAsync());
        Assert.Contains(PdfText.Squash(unit) + date, pdf, StringComparison.Ordinal);
        // The text ends with it; the demo's 走访剪影 page, when chosen, follows on a page of its own.
        var lines = docx.Split('\n').Where(line => line.Length > 0).TakeWhile(line => line != "走访剪影").ToList();
        Assert.Equal([unit, date], lines[^2..]);
    }

    [Fact]
    public async Task A_stale_save_is_a_conflict_a_date_before_the_campaign_and_bracketed_titles_are_refused_and_only_a_chair_may_save()
    {
        var stale = await _database.InScopeAsync(sp => sp.GetRequiredService<ReportHeaderService>().GetForEditAsync(_campaign));
        Assert.True((await SaveAsync(new ReportHeaderInput { Author = "王丽" })).Succeeded);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            _database.InScopeAsync(sp => sp.GetRequiredService<ReportHeaderService>().SaveAsync(_campaign, stale with { Author = "李明" })));
        Assert.Equal("王丽", await WithDbAsync(db => db.Campaigns.Where(c => c.Id == _campaign).Select(c => c.ReportAuthor).SingleAsync()));

        var startsOn = await WithDbAsync(db => db.Campaigns.Where(c => c.Id == _campaign).Select(c => c.StartsOn).SingleAsync());
        var early = await SaveAsync(new ReportHeaderInput { WrittenOn = startsOn.AddDays(-1) });
        Assert.False(early.Succeeded);
        Assert.Contains("不能早于活动开始日期", early.Validation!.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        var bracketed = await SaveAsync(new ReportHeaderInput { DirectiveTitle = "《关于……的通知》" });
        Assert.False(bracketed.Succeeded);
        Assert.Equal("王丽", await WithDbAsync(db => db.Campaigns.Where(c => c.Id == _campaign).Select(c => c.ReportAuthor).SingleAsync()));

        _database.CurrentUser.Acting = new FixedCurrentUser("officer", "刘干事", null, "/", Roles.Officer);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => SaveAsync(new ReportHeaderInput { Author = "刘干事" }));
    }

    [Fact]
    public async Task A_narrative_starts_from_the_previous_season_s_text_with_this_season_s_figures()
    {
        var previous = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().PreviousCampaignIdAsync(_campaign));
        Assert.NotNull(previous);
        Assert.Null(await _database.InScopeAsync(sp => sp.GetRequiredService<NarrativeService>().PreviousAsync(_campaign, "zh-CN")));

        const string text = "上一季度我们共慰问{慰问户数}户，发放现金{慰问金总额}元。";
        await _database.InScopeAsync(sp => sp.GetRequiredService<NarrativeService>().SaveAsync(previous.Value, "zh-CN", text, 0));
        var found = await _database.InScopeAsync(sp => sp.GetRequiredService<NarrativeService>().PreviousAsync(_campaign, "zh-CN"));
        Assert.NotNull(found);
        Assert.Equal(previous.Value, found.CampaignId);
        Assert.Equal(text, found.Text);
        // Not the English one, which was never saved.
        Assert.Null(await _database.InScopeAsync(sp => sp.GetRequiredService<NarrativeService>().PreviousAsync(_campaign, "en")));

        var (now, before) = await _database.InScopeAsync(async sp =>
        {
            var query = sp.GetRequiredService<YearEndQuery>();
            var messages = sp.GetRequiredService<IStringLocalizer<CoreMessages>>();
            return (NarrativeTemplate.Fill(found.Text, SummaryValues.From(await query.GetAsync(_campaign), Chinese, messages)),
                NarrativeTemplate.Fill(found.Text, SummaryValues.From(await query.GetAsync(previous.Value), Chinese, messages)));
        });
        var households = await WithDbAsync(db => db.Grants.Where(g => g.CampaignId == _campaign && g.Status == Features.Grants.GrantStatus.Disbursed)
            .Select(g => g.HouseholdId).Distinct().CountAsync());
        Assert.StartsWith($"上一季度我们共慰问{households}户", now, StringComparison.Ordinal);
        Assert.NotEqual(before, now);
    }

    private Task<ServiceResult<int>> SaveAsync(ReportHeaderInput input) => _database.InScopeAsync(async sp =>
    {
        var service = sp.GetRequiredService<ReportHeaderService>();
        var loaded = await service.GetForEditAsync(_campaign);
        return await service.SaveAsync(_campaign, input with { Version = loaded.Version });
    });

    private async Task<(string Pdf, string Docx)> PrintAsync()
    {
        var pdf = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderAsync(_campaign, Chinese));
        var word = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderWordAsync(_campaign, Chinese));
        await PdfText.KeepAsync("header-" + pdf.FileName, pdf.Content);
        await PdfText.KeepAsync("header-" + word.FileName, word.Content);
        using var stream = new MemoryStream(word.Content);
        using var document = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        // Up to the appendix: the 落款 is the last line before the first table's title.
        var body = paragraphs.TakeWhile(p => !p.StartsWith("一、资金来源", StringComparison.Ordinal));
        return (string.Concat(PdfText.Pages(pdf.Content)), string.Join("\n", body));
    }

    private Task<T> WithDbAsync<T>(Func<ReliefDbContext, Task<T>> work) => _database.InScopeAsync(sp => work(sp.GetRequiredService<ReliefDbContext>()));
}
