using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Relief.Web.Tests.Reports;

/// <summary>走访剪影 over HTTP: the Chair chooses, orders and captions the campaign's visit photos, and the summary prints them.</summary>
public sealed class SummaryPhotosPageTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private const string DemoCaption = "丽水供电分工会登门慰问困难职工家庭";

    [Fact]
    public async Task The_chair_puts_the_second_photo_first_with_a_caption_and_the_summary_pdf_prints_both_in_that_order()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var campaign = await DemoChoiceAsync();
        var narrative = await chair.GetHtmlAsync($"/Reports/Narrative/{campaign}");
        Assert.NotNull(narrative.QuerySelector($"a[href='/Reports/Photos/{campaign}']"));

        var page = await chair.GetHtmlAsync($"/Reports/Photos/{campaign}");
        // The demo's choice first, ticked, with its caption; the other photo of the visit below, offered its own note.
        Assert.True(Field(page, "input[name='Rows[0].Chosen']").IsChecked);
        Assert.Equal(DemoCaption, Field(page, "input[name='Rows[0].Caption']").Value);
        Assert.False(Field(page, "input[name='Rows[1].Chosen']").IsChecked);
        Assert.Equal("与户主及家属合影", Field(page, "input[name='Rows[1].Caption']").Value);

        var saved = await chair.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Rows[0].Position"] = "2",
            ["Rows[1].Chosen"] = "true", ["Rows[1].Position"] = "1", ["Rows[1].Caption"] = "分工会主席与困难职工一家合影",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var rows = await factory.QueryAsync(db => db.SummaryPhotos.Where(p => p.CampaignId == campaign).OrderBy(p => p.Position).Select(p => p.Caption).ToListAsync());
        Assert.Equal(["分工会主席与困难职工一家合影", DemoCaption], rows);
        var pdf = await chair.GetByteArrayAsync($"/Reports?handler=Summary&campaignId={campaign}");
        using var document = PdfDocument.Open(pdf);
        var photos = document.GetPages().Single(p => p.Text.Contains("走访剪影", StringComparison.Ordinal));
        var text = string.Concat(photos.GetWords().Select(w => w.Text));
        Assert.True(text.IndexOf("分工会主席与困难职工一家合影", StringComparison.Ordinal) < text.IndexOf(DemoCaption, StringComparison.Ordinal), text);
        Assert.Equal(2, photos.GetImages().Count());
    }

    [Fact]
    public async Task A_blank_caption_is_refused_on_its_row_and_a_stale_form_does_not_undo_a_colleague_s_choice()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var campaign = await DemoChoiceAsync();
        var before = await CaptionsAsync(campaign);
        var page = await chair.GetHtmlAsync($"/Reports/Photos/{campaign}");
        var stale = await chair.GetHtmlAsync($"/Reports/Photos/{campaign}");

        var refused = await chair.SubmitAsync(page, new Dictionary<string, string> { ["Rows[1].Chosen"] = "true", ["Rows[1].Caption"] = " " });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = await refused.ReadHtmlAsync();
        Assert.Contains("请为每张选入的照片写一句说明。", refusedPage.QuerySelectorAll(".summary-photo.border-danger .invalid-feedback").Single().TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CaptionsAsync(campaign));

        var colleague = await chair.SubmitAsync(page, new Dictionary<string, string> { ["Rows[0].Caption"] = "同事改过的说明" });
        Assert.Equal(HttpStatusCode.Redirect, colleague.StatusCode);
        var theirs = await CaptionsAsync(campaign);
        var conflict = await chair.SubmitAsync(stale, new Dictionary<string, string> { ["Rows[0].Chosen"] = "false" });

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var conflictPage = await conflict.ReadHtmlAsync();
        Assert.Contains("您的修改没有保存", conflictPage.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("同事改过的说明", Field(conflictPage, "input[name='Rows[0].Caption']").Value);
        Assert.Equal(["同事改过的说明"], theirs);
        Assert.Equal(theirs, await CaptionsAsync(campaign));
    }

    [Fact]
    public async Task A_script_posting_a_photo_of_a_household_file_or_of_another_campaign_is_refused_and_nothing_changes()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var campaign = await DemoChoiceAsync();
        var before = await CaptionsAsync(campaign);
        var paper = await factory.QueryAsync(db => db.Attachments.Where(a => a.HouseholdId != null).Select(a => a.Id).FirstAsync());
        var page = await chair.GetHtmlAsync($"/Reports/Photos/{campaign}");

        var refused = await chair.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Rows[1].AttachmentId"] = paper.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Rows[1].Chosen"] = "true", ["Rows[1].Caption"] = "申请书",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("不是本次活动的走访照片", (await refused.ReadHtmlAsync()).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CaptionsAsync(campaign));
    }

    /// <summary>The running campaign, its photo choice put back as the demo has it (the tests of this class share one database).</summary>
    private async Task<int> DemoChoiceAsync()
    {
        var campaign = (await factory.RunningCampaignAsync()).Id;
        await factory.QueryAsync(async db =>
        {
            var doorway = await db.Attachments.Where(a => a.FileName == "IMG_0118_1.jpg").Select(a => a.Id).SingleAsync();
            await db.SummaryPhotos.Where(p => p.CampaignId == campaign && p.AttachmentId != doorway).ExecuteDeleteAsync();
            return await db.SummaryPhotos.Where(p => p.CampaignId == campaign)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.Position, 1).SetProperty(p => p.Caption, DemoCaption));
        });
        Assert.Equal([DemoCaption], await CaptionsAsync(campaign));
        return campaign;
    }

    private static IHtmlInputElement Field(IHtmlDocument page, string selector) => (IHtmlInputElement)page.QuerySelector(selector)!;

    private Task<List<string>> CaptionsAsync(int campaign) =>
        factory.QueryAsync(db => db.SummaryPhotos.Where(p => p.CampaignId == campaign).OrderBy(p => p.Position).Select(p => p.Caption).ToListAsync());
}
