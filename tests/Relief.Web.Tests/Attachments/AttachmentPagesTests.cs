using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Attachments;
using Relief.Core.Features.Households;
using Relief.Core.Tests.Attachments;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Attachments;

/// <summary>Papers and photos through real HTTP: the phone form, upload and retry, the gallery, opening (audited, scoped), withdrawing.</summary>
public sealed class AttachmentPagesTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private Task<int> HouseholdOfAsync(string userName, int skip = 0) => factory.QueryAsync(async db =>
    {
        var unit = await db.Users.Where(u => u.UserName == userName).Select(u => u.OrgUnitId).SingleAsync();
        return await db.Households.Where(h => h.OrgUnitId == unit && h.Status != HouseholdStatus.Closed)
            .OrderByDescending(h => h.Id).Skip(skip).Select(h => h.Id).FirstAsync();
    });

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, IHtmlDocument page, byte[] content, string fileName, Guid? clientId, bool asScript = true)
    {
        var form = (IHtmlFormElement)page.QuerySelector("form[data-attachment-upload]")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(((IHtmlInputElement)form.QuerySelector("input[name='__RequestVerificationToken']")!).Value), "__RequestVerificationToken" },
            { new StringContent(AttachmentKinds.Application.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Form.KindId" },
            { new StringContent("户主签字"), "Form.Note" },
        };
        if (clientId is { } id) body.Add(new StringContent(id.ToString()), "Form.ClientUploadId");
        var file = new ByteArrayContent(content);
        // What the browser declares is ignored; it says JPEG whatever the file is.
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        body.Add(file, "Files", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(page.Url), form.Action).PathAndQuery) { Content = body };
        if (asScript) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task An_officer_photographs_a_paper_on_the_file_and_a_retry_stores_it_once()
    {
        var household = await HouseholdOfAsync(DemoUsers.Officer);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var page = await officer.GetHtmlAsync($"/Households/Details/{household}");
        var camera = page.QuerySelector("form[data-attachment-upload] input[type='file'][capture]");
        Assert.Equal("image/*", camera?.GetAttribute("accept"));
        Assert.NotNull(page.QuerySelector("form[data-attachment-upload] input[type='file'][multiple]"));
        var clientId = Guid.NewGuid();

        var first = await PostFileAsync(officer, page, SampleFiles.SidewaysPhotoWithGps(), "IMG_2031.jpg", clientId);
        var retry = await PostFileAsync(officer, page, SampleFiles.SidewaysPhotoWithGps(), "IMG_2031.jpg", clientId);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var firstAnswer = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        using var retryAnswer = JsonDocument.Parse(await retry.Content.ReadAsStringAsync());
        var id = firstAnswer.RootElement.GetProperty("id").GetInt32();
        Assert.False(firstAnswer.RootElement.GetProperty("alreadyThere").GetBoolean());
        Assert.Equal(id, retryAnswer.RootElement.GetProperty("id").GetInt32());
        Assert.True(retryAnswer.RootElement.GetProperty("alreadyThere").GetBoolean());
        Assert.Equal(1, await factory.QueryAsync(db => db.Attachments.CountAsync(a => a.ClientUploadId == clientId)));

        var gallery = await officer.GetHtmlAsync($"/Households/Details/{household}");
        var thumbnail = gallery.QuerySelector($".attachment-gallery img[src*='id={id}']");
        Assert.NotNull(thumbnail);
        Assert.Contains("申请书", gallery.Text(".attachment-gallery"), StringComparison.Ordinal);
        Assert.Contains("IMG_2031.jpg", gallery.Text(".attachment-gallery"), StringComparison.Ordinal);

        var full = await officer.GetAsync($"/Attachments/File?id={id}&variant=View");
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal("image/jpeg", full.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", full.Headers.GetValues("X-Content-Type-Options").Single());
        var bytes = await full.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().IndexOf(SampleFiles.GpsMarker) < 0);
        using var image = SkiaSharp.SKBitmap.Decode(bytes);
        Assert.Equal((SampleFiles.PhotoHeight, SampleFiles.PhotoWidth), (image.Width, image.Height));
    }

    [Fact]
    public async Task Views_are_audited_and_only_users_whose_scope_covers_the_household_may_open_them()
    {
        var household = await HouseholdOfAsync(DemoUsers.Officer, skip: 1);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var page = await officer.GetHtmlAsync($"/Households/Details/{household}");
        var answer = await PostFileAsync(officer, page, SampleFiles.Pdf("application"), "申请书.pdf", Guid.NewGuid());
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetInt32();
        var url = $"/Attachments/File?id={id}&variant=View";

        var pdf = await officer.GetAsync(url);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("inline", pdf.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/Attachments/File?id={id}&variant=Download")).StatusCode);
        using var otherBranch = await factory.SignedInAsync(DemoUsers.OtherBranchOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBranch.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBranch.GetAsync($"/Households/Details/{household}")).StatusCode);
        using var anonymous = factory.CreateBrowser();
        var refused = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/SignIn", refused.Headers.Location!.ToString(), StringComparison.Ordinal);

        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var views = await factory.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.Entity == nameof(Attachment) && a.EntityKey == key && a.Action == AuditAction.Access)
            .OrderBy(a => a.Id).Select(a => new { UserName = db.Users.Where(u => u.Id == a.UserId).Select(u => u.UserName).First(), a.NewValues }).ToListAsync());
        Assert.Equal([(DemoUsers.Officer, "View"), (DemoUsers.Auditor, "Download")],
            views.Select(v => (v.UserName, JsonDocument.Parse(v.NewValues!).RootElement.GetProperty("Opened").GetString())));
    }

    [Fact]
    public async Task A_renamed_program_posted_without_script_comes_back_with_a_clear_message_and_nothing_saved()
    {
        var household = await HouseholdOfAsync(DemoUsers.Officer, skip: 2);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var page = await officer.GetHtmlAsync($"/Attachments/Upload?ownerKind=Household&ownerId={household}");
        var before = await factory.QueryAsync(db => db.Attachments.CountAsync());

        var response = await PostFileAsync(officer, page, SampleFiles.Program(), "低保证.jpg", null, asScript: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.ReadHtmlAsync();
        Assert.Contains("这是一个程序文件", answer.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(before, await factory.QueryAsync(db => db.Attachments.CountAsync()));

        var script = await PostFileAsync(officer, page, SampleFiles.SvgWithScript(), "photo.jpg", Guid.NewGuid());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, script.StatusCode);
        Assert.Contains("SVG", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawn_paper_needs_a_reason_leaves_the_file_and_stays_visible_to_auditors()
    {
        var household = await HouseholdOfAsync(DemoUsers.Officer, skip: 3);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var page = await officer.GetHtmlAsync($"/Households/Details/{household}");
        using var json = JsonDocument.Parse(await (await PostFileAsync(officer, page, SampleFiles.Pdf("withdraw me"), "错传.pdf", Guid.NewGuid())).Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetInt32();
        var form = await officer.GetHtmlAsync($"/Attachments/Delete/{id}");

        var noReason = await officer.SubmitAsync(form, new Dictionary<string, string> { ["Input.Reason"] = "" });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("请填写撤下原因", (await noReason.ReadHtmlAsync()).Text("main"), StringComparison.Ordinal);
        var done = await officer.SubmitAsync(form, new Dictionary<string, string> { ["Input.Reason"] = "传错了户" });

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await officer.GetHtmlAsync($"/Households/Details/{household}");
        Assert.Contains("已撤下“申请书”（错传.pdf）", after.Text("[role=status]"), StringComparison.Ordinal);
        Assert.DoesNotContain("错传.pdf", after.Text("#attachments"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Attachments/File?id={id}&variant=View")).StatusCode);
        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        var seen = await auditor.GetHtmlAsync($"/Households/Details/{household}");
        Assert.Contains("已撤下：传错了户", seen.Text(".attachment-gallery"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_says_which_required_papers_are_missing()
    {
        var household = await HouseholdOfAsync(DemoUsers.Officer, skip: 4);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var page = await officer.GetHtmlAsync($"/Households/Details/{household}");
        var missingBefore = page.Text(".missing-papers");
        Assert.Contains("申请书", missingBefore, StringComparison.Ordinal);

        await PostFileAsync(officer, page, SampleFiles.Pdf("signed application"), "申请书.pdf", Guid.NewGuid());

        var missingAfter = (await officer.GetHtmlAsync($"/Households/Details/{household}")).Text(".missing-papers");
        Assert.DoesNotContain("申请书", missingAfter, StringComparison.Ordinal);
    }
}
