using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Reports;

public sealed class YearEndSummaryPageTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    [Fact]
    public async Task The_summary_downloads_as_a_PDF_with_a_Chinese_file_name_every_browser_understands()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var campaign = await CampaignAsync();
        var response = await officer.GetAsync($"/Reports?handler=Summary&campaignId={campaign}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("2021年元旦春节送温暖活动总结.pdf", disposition.FileNameStar);
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

    private async Task<int> CampaignAsync()
    {
        await using var scope = factory.Services.CreateSystemScope("test set-up");
        return await scope.ServiceProvider.GetRequiredService<ReliefDbContext>().Campaigns.Where(c => c.Year == 2021).Select(c => c.Id).SingleAsync();
    }
}
