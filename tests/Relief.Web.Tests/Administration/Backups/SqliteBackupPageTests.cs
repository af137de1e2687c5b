using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Administration.Backups;
using Relief.Web.Hosting.Backups;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Administration.Backups;

/// <summary>The backups page of a SQLite installation through real HTTP: an administrator takes a backup and downloads it, both audited under their name.</summary>
public sealed class SqliteBackupPageTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private const string Page = "/Administration/Backups";

    [Fact]
    public async Task An_administrator_backs_up_now_and_downloads_it_and_both_are_audited()
    {
        using var admin = await factory.SignedInAsync(DemoUsers.Administrator);
        var page = await admin.GetHtmlAsync(Page);

        var taken = await admin.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='handler=Backup']");

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        page = await admin.GetHtmlAsync(Page);
        Assert.Contains("已完成备份", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var link = page.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")!).First(h => h.Contains("handler=Download", StringComparison.Ordinal));
        var name = page.QuerySelector("table tbody tr td .text-muted")!.TextContent.Trim();
        Assert.NotNull(BackupNames.TakenAt(name));

        var download = await admin.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        using (var zip = new ZipArchive(await download.Content.ReadAsStreamAsync()))
            Assert.True(zip.GetEntry(BackupNames.DatabaseEntry)!.Length > 0);
        var entries = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Entity == BackupAuditLog.Entity && a.EntityKey == name)
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.UserId, a.NewValues }).ToListAsync());
        var adminId = await factory.QueryAsync(db => db.Users.Where(u => u.UserName == DemoUsers.Administrator).Select(u => u.Id).SingleAsync());
        Assert.Collection(entries,
            e => Assert.Equal((AuditAction.Insert, adminId), (e.Action, e.UserId)),
            e => Assert.Equal((AuditAction.Access, adminId), (e.Action, e.UserId)));
        Assert.Contains("downloaded", entries[1].NewValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_says_when_backups_run_and_where_they_are_kept()
    {
        using var admin = await factory.SignedInAsync(DemoUsers.Administrator);

        var text = (await admin.GetHtmlAsync(Page)).QuerySelector("main")!.TextContent;

        Assert.Contains("每天 02:30 起，每 24 小时一次；保留最近 14 份", text, StringComparison.Ordinal);
        Assert.EndsWith("backups", (await admin.GetHtmlAsync(Page)).QuerySelector("main p code")!.TextContent, StringComparison.Ordinal);
    }
}
