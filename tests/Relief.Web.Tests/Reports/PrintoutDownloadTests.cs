using System.Net;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Notices;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Relief.Web.Tests.Reports;

/// <summary>The printouts downloaded over HTTP: names every browser keeps, the PDF itself read back with PdfPig, and the campaign's list of PDFs.</summary>
public sealed class PrintoutDownloadTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private async Task<int> CampaignAsync() => (await factory.RunningCampaignAsync()).Id;

    /// <summary>The PDF's text, one string per page, without white space.</summary>
    private static async Task<IReadOnlyList<string>> PdfPagesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return document.GetPages().Select(p => string.Concat(p.GetWords().Select(w => w.Text))).ToList();
    }

    /// <summary>
    /// attachment; filename=ASCII; filename*=UTF-8''percent-encoded: the header as sent (not only as HttpClient parses
    /// it), and never kept by a cache, since names and amounts are inside.
    /// </summary>
    private static void AssertDownloadNames(HttpResponseMessage response, string fileName, string asciiFileName)
    {
        var raw = string.Join(",", response.Content.Headers.GetValues("Content-Disposition"));
        Assert.StartsWith("attachment;", raw, StringComparison.Ordinal);
        Assert.Contains($"filename*=UTF-8''{Uri.EscapeDataString(fileName)}", raw, StringComparison.OrdinalIgnoreCase);
        Assert.All(raw, c => Assert.True(c < 128, $"non-ASCII character in the header: {raw}"));
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal(fileName, disposition.FileNameStar);
        Assert.Equal(asciiFileName, disposition.FileName?.Trim('"'));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Path and query with the parameters in one order: links name the same file whatever order the tag helpers write.</summary>
    private static string Normalize(string url)
    {
        var parts = url.Split('?', 2);
        IEnumerable<string> query = parts.Length < 2 ? [] : parts[1].Split('&').Order(StringComparer.OrdinalIgnoreCase);
        return parts[0] + "?" + string.Join("&", query).ToUpperInvariant();
    }

    [Fact]
    public async Task The_notice_downloads_as_its_title_with_the_masked_names()
    {
        // The demo's first notice of the running campaign (…帮扶对象公示（第一批）).
        var campaign = await CampaignAsync();
        var notice = await factory.QueryAsync(db => db.PublicNotices.Where(n => n.CampaignId == campaign).OrderBy(n => n.PostedOn).ThenBy(n => n.Id)
            .Select(n => new { n.Id, n.Title, Names = n.Items.Select(i => i.HouseholdName).ToList() }).FirstAsync());
        Assert.EndsWith("帮扶对象公示（第一批）", notice.Title, StringComparison.Ordinal);
        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        var response = await auditor.GetAsync($"/Notices/{notice.Id}/Print?handler=Pdf");

        var text = string.Concat(await PdfPagesAsync(response));
        AssertDownloadNames(response, $"{notice.Title}.pdf", $"notice-{notice.Id}.pdf");
        Assert.All(notice.Names, name =>
        {
            Assert.Contains(NameMask.Mask(name), text, StringComparison.Ordinal);
            Assert.DoesNotContain(name, text, StringComparison.Ordinal);
        });

        var page = await auditor.GetHtmlAsync($"/Notices/Details/{notice.Id}");
        Assert.NotNull(page.QuerySelector($"a[href='/Notices/{notice.Id}/Print?handler=Pdf']"));
    }

    [Fact]
    public async Task A_unit_sign_off_sheet_downloads_with_every_amount_in_capitals()
    {
        var running = await factory.RunningCampaignAsync();
        var campaign = running.Id;
        var unit = await factory.UnitOfAsync(DemoUsers.Officer);
        // The sheet is for cash and goods: cash-only grants paid by bank transfer (or held by a bank batch) are not on it.
        var lines = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaign && g.OrgUnitId == unit && (g.Status == GrantStatus.Payable || g.Status == GrantStatus.Disbursed))
            .Where(g => g.InKindValue > 0 || !db.Disbursements.Any(d => d.GrantId == g.Id && d.Method == DisbursementMethod.BankTransfer))
            .Where(g => !db.PaymentBatchLines.Any(l => l.OpenGrantId == g.Id))
            .Select(g => g.TotalAmount).ToListAsync());
        var unitName = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Id == unit).Select(u => u.Name).SingleAsync());
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var sheet = await officer.GetHtmlAsync($"/Disbursements/SignOff?campaignId={campaign}&orgUnitId={unit}");
        var link = sheet.QuerySelector("a[href*='handler=Pdf']")?.GetAttribute("href");
        Assert.NotNull(link);

        var response = await officer.GetAsync(link);
        var text = string.Concat(await PdfPagesAsync(response));
        AssertDownloadNames(response, $"{running.Name}{unitName}签领表.pdf", $"sign-off-sheet-{campaign}-{unit}.pdf");
        Assert.True(lines.Count > 0);
        Assert.All(lines, amount => Assert.Contains(ChineseAmount.ToCapital(amount), text, StringComparison.Ordinal));
        Assert.Contains(ChineseAmount.ToCapital(lines.Sum()), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chosen_letters_download_one_per_page()
    {
        var running = await factory.RunningCampaignAsync();
        var campaign = running.Id;
        var unit = await factory.UnitOfAsync(DemoUsers.Officer);
        var households = await factory.QueryAsync(db => db.Households.Where(h => h.OrgUnitId == unit).OrderBy(h => h.Id).Take(3).Select(h => new { h.Id, h.Name }).ToListAsync());
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var preview = await officer.GetHtmlAsync($"/Visits/Letters/Print?campaignId={campaign}&{string.Join("&", households.Select(h => $"ids={h.Id}"))}");
        var link = preview.QuerySelector("a[href*='handler=Pdf']")?.GetAttribute("href");
        Assert.NotNull(link);

        var response = await officer.GetAsync(link);
        var pages = await PdfPagesAsync(response);
        AssertDownloadNames(response, $"{running.Name}慰问信.pdf", $"letters-{campaign}.pdf");
        Assert.Equal(3, pages.Count);
        foreach (var household in households)
            Assert.Single(pages, p => p.Contains($"尊敬的{household.Name}同志", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_summary_downloads_under_an_English_name_after_the_language_switch()
    {
        var running = await factory.RunningCampaignAsync();
        var campaign = running.Id;
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var switched = await chair.SubmitAsync(await chair.GetHtmlAsync("/Reports"), new Dictionary<string, string>(), formSelector: "form.culture-switch");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var response = await chair.GetAsync($"/Reports?handler=Summary&campaignId={campaign}");
        var pages = await PdfPagesAsync(response);
        AssertDownloadNames(response, $"{running.Name} - year-end summary.pdf", $"year-end-summary-{campaign}.pdf");
        Assert.Contains($"Page1of{pages.Count}", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reports_page_lists_the_campaign_PDFs_the_reader_may_have()
    {
        var campaign = await CampaignAsync();
        var notices = await factory.QueryAsync(db => db.PublicNotices.Where(n => n.CampaignId == campaign && n.Status != NoticeStatus.Draft).Select(n => n.Id).ToListAsync());
        var units = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaign && (g.Status == GrantStatus.Payable || g.Status == GrantStatus.Disbursed))
            .Select(g => g.OrgUnitId).Distinct().ToListAsync());
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var page = await chair.GetHtmlAsync($"/Reports?campaignId={campaign}");
        var downloads = page.QuerySelector("#downloads");
        Assert.NotNull(downloads);

        var links = downloads.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? "").ToList();
        var normalized = links.Select(Normalize).ToList();
        Assert.Contains(Normalize($"/Reports?handler=Summary&campaignId={campaign}"), normalized);
        Assert.All(notices, id => Assert.Contains(Normalize($"/Notices/{id}/Print?handler=Pdf"), normalized));
        Assert.All(units, id => Assert.Contains(Normalize($"/Disbursements/SignOff?handler=Pdf&campaignId={campaign}&orgUnitId={id}"), normalized));
        Assert.Contains(Normalize($"/Visits/Letters?campaignId={campaign}"), normalized);
        // Every link answers with a PDF (the letters link leads to choosing households first).
        foreach (var link in links.Where(l => l.Contains("handler=", StringComparison.Ordinal)))
            Assert.Equal("application/pdf", (await chair.GetAsync(link)).Content.Headers.ContentType?.MediaType);

        // Auditors read every PDF but write no letters.
        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        var audited = await auditor.GetHtmlAsync($"/Reports?campaignId={campaign}");
        Assert.DoesNotContain(audited.QuerySelectorAll("#downloads a"), a => (a.GetAttribute("href") ?? "").StartsWith("/Visits/Letters", StringComparison.Ordinal));
    }
}
