using System.Net;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Administration.Backups;
using Relief.Tests.Databases;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Administration.Backups;

/// <summary>
/// The backups page on either engine: a name that is not a backup's is not found (nor audited), and on a database
/// server the page says to use the server's tools and offers no backup.
/// </summary>
public sealed class BackupPageTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private const string Page = "/Administration/Backups";

    [Theory]
    [InlineData("relief-backup-20000101T000000Z.zip")]
    [InlineData("../relief.db")]
    [InlineData("relief.db")]
    public async Task A_name_that_is_no_backup_is_not_found_and_not_audited(string name)
    {
        using var admin = await factory.SignedInAsync(DemoUsers.Administrator);

        var response = await admin.GetAsync($"{Page}?handler=Download&name={Uri.EscapeDataString(name)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == BackupAuditLog.Entity && a.EntityKey == name)));
    }

    [Fact]
    public async Task The_page_offers_backups_on_sqlite_and_points_to_the_servers_tools_on_a_server()
    {
        using var admin = await factory.SignedInAsync(DemoUsers.Administrator);

        var page = await admin.GetHtmlAsync(Page);

        var backUpNow = page.QuerySelector("form[action*='handler=Backup']");
        if (TestEngine.IsPostgreSql)
        {
            Assert.Contains("pg_dump", page.QuerySelector("main [role=note]")!.TextContent, StringComparison.Ordinal);
            Assert.Null(backUpNow);
        }
        else
        {
            Assert.Null(page.QuerySelector("main [role=note]"));
            Assert.NotNull(backUpNow);
        }
    }
}
