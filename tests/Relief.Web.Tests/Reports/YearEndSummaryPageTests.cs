using System.Net;
using Microsoft.EntityFrameworkCore;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Reports;

public sealed class YearEndSummaryPageTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    [Fact]
    public async Task The_summary_downloads_as_a_PDF_with_a_Chinese_file_name_every_browser_understands()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var running = await factory.RunningCampaignAsync();
        var campaign = running.Id;
        var response = await officer.GetAsync($"/Reports?handler=Summary&campaignId={campaign}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal($"{running.Name}总结.pdf", disposition.FileNameStar);
        // Clients that read only filename= get a readable ASCII name, not a row of underscores.
        Assert.Equal($"year-end-summary-{campaign}.pdf", disposition.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public async Task A_chair_edits_the_narrative_unknown_placeholders_are_refused_with_the_text_kept_and_a_stale_save_conflicts()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var campaign = await CampaignAsync();
        var editor = await chair.GetHtmlAsync($"/Reports/Narrative/{campaign}");
        var stale = await chair.GetHtmlAsync($"/Reports/Narrative/{campaign}");

        var refused = await chair.SubmitAsync(editor, new Dictionary<string, string> { ["Text"] = "共慰问{慰问户数}户，{不存在的数字}。" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.Contains("{不存在的数字}", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("共慰问{慰问户数}户，{不存在的数字}。", page.QuerySelector("#Text")?.TextContent);

        var saved = await chair.SubmitAsync(editor, new Dictionary<string, string> { ["Text"] = "一、概况\n\n共慰问{慰问户数}户。" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var conflict = await chair.SubmitAsync(stale, new Dictionary<string, string> { ["Text"] = "另一个版本" });
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var conflictPage = await conflict.ReadHtmlAsync();
        Assert.Contains("已有他人保存了新版本", conflictPage.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("另一个版本", conflictPage.QuerySelector("#Text")?.TextContent);

        var preview = await chair.SubmitAsync(await chair.GetHtmlAsync($"/Reports/Narrative/{campaign}"), new Dictionary<string, string>(), submitSelector: "button[formaction*=Preview]");
        var previewPage = await preview.ReadHtmlAsync();
        Assert.Matches(@"共慰问\d+户", previewPage.QuerySelector("#preview")?.TextContent ?? "");
    }

    [Fact]
    public async Task A_chair_starts_the_narrative_from_last_season_s_text_and_sets_the_header_which_the_pdf_prints()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var running = await factory.RunningCampaignAsync();
        var campaign = running.Id;
        var previous = (await factory.PreviousCampaignAsync()).Id;
        const string lastSeason = "一、概况\n\n上一季度的写法：慰问{慰问户数}户。";
        var saved = await chair.SubmitAsync(await chair.GetHtmlAsync($"/Reports/Narrative/{previous}"), new Dictionary<string, string> { ["Text"] = lastSeason });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var copied = await chair.SubmitAsync(await chair.GetHtmlAsync($"/Reports/Narrative/{campaign}"), new Dictionary<string, string>(),
            submitSelector: "button[formaction*=CopyPrevious]");
        Assert.Equal(HttpStatusCode.OK, copied.StatusCode);
        var page = await copied.ReadHtmlAsync();
        Assert.Equal(lastSeason, page.QuerySelector("#Text")?.TextContent?.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("直接写入的数字不会更新", page.QuerySelector(".alert-info[role=status]")?.TextContent, StringComparison.Ordinal);
        var households = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaign && g.Status == Relief.Core.Features.Grants.GrantStatus.Disbursed)
            .Select(g => g.HouseholdId).Distinct().CountAsync());
        Assert.Contains($"上一季度的写法：慰问{households}户。", page.QuerySelector("#preview")?.TextContent, StringComparison.Ordinal);

        var header = await chair.GetHtmlAsync($"/Reports/Header/{campaign}");
        var refused = await chair.SubmitAsync(header, new Dictionary<string, string> { ["Input.Author"] = "王丽", ["Input.WrittenOn"] = "2001-01-01" }, formSelector: "main form[method=post]");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = await refused.ReadHtmlAsync();
        Assert.Contains("不能早于活动开始日期", refusedPage.QuerySelector("#err-WrittenOn")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("王丽", refusedPage.Value("#Input_Author"));

        // Written a little over two weeks after the season ended.
        var writtenOn = running.EndsOn.AddDays(16);
        var set = await chair.SubmitAsync(refusedPage, new Dictionary<string, string> { ["Input.WrittenOn"] = writtenOn.Iso() }, formSelector: "main form[method=post]");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var response = await chair.GetAsync($"/Reports?handler=Summary&campaignId={campaign}");
        var text = string.Concat(UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync()).GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains($"撰写人：王丽日期：{writtenOn.Chinese()}", text, StringComparison.Ordinal);
    }

    private async Task<int> CampaignAsync() => (await factory.RunningCampaignAsync()).Id;
}
