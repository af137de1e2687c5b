using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Administration;

public sealed class ScopeAndConflictTests : IClassFixture<ReliefWebFactory>
{
    private const string BranchAdmin = "branch-admin";
    private readonly ReliefWebFactory _factory;

    public ScopeAndConflictTests(ReliefWebFactory factory) => _factory = factory;

    [Fact]
    public async Task A_branch_administrator_gets_404_for_the_other_branch_and_never_sees_it_listed()
    {
        var (ownBranch, otherBranch) = await CreateBranchAdministratorAsync();
        using var client = await _factory.SignedInAsync(BranchAdmin);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Administration/Units/Edit/{ownBranch}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Administration/Units/Edit/{otherBranch}")).StatusCode);

        var tree = await client.GetHtmlAsync("/Administration/Units");
        Assert.Single(tree.QuerySelectorAll("tbody tr"));
        var users = await client.GetHtmlAsync("/Administration/Users");
        Assert.DoesNotContain(users.QuerySelectorAll("tbody td:first-child"), td => td.TextContent == DemoUsers.OtherBranchOfficer);
    }

    [Fact]
    public async Task Two_administrators_renaming_the_same_unit_the_second_gets_a_conflict_and_keeps_their_input()
    {
        int unitId;
        await using (var scope = _factory.Services.CreateSystemScope("test set-up"))
        {
            var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
            unitId = (await db.Users.SingleAsync(u => u.UserName == DemoUsers.OtherBranchOfficer)).OrgUnitId;
        }
        using var first = await _factory.SignedInAsync(DemoUsers.Administrator);
        using var second = await _factory.SignedInAsync(DemoUsers.Administrator);
        var firstForm = await first.GetHtmlAsync($"/Administration/Units/Edit/{unitId}");
        var secondForm = await second.GetHtmlAsync($"/Administration/Units/Edit/{unitId}");

        var saved = await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Input.Name"] = "松阳供电分工会（一）" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var conflict = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Input.Name"] = "松阳供电分工会（二）" });
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await conflict.ReadHtmlAsync();
        Assert.Contains("此记录已被他人修改", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("松阳供电分工会（二）", (page.QuerySelector("#Input_Name") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value);

        await using var check = _factory.Services.CreateSystemScope("test set-up");
        var name = await check.ServiceProvider.GetRequiredService<ReliefDbContext>().OrgUnits.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync();
        Assert.Equal("松阳供电分工会（一）", name);
    }

    [Fact]
    public async Task Changes_made_through_the_pages_are_in_the_audit_log_with_old_and_new_values()
    {
        using var admin = await _factory.SignedInAsync(DemoUsers.Administrator);
        var form = await admin.GetHtmlAsync("/Administration/Units/Create");
        var created = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "审计测试分工会", ["Input.Code"] = "AUDIT-01" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        using var auditor = await _factory.SignedInAsync(DemoUsers.Auditor);
        var log = await auditor.GetHtmlAsync("/Administration/AuditLog?Filter.Entity=OrgUnit");
        var rows = log.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("审计测试分工会", StringComparison.Ordinal) && r.Contains("新增", StringComparison.Ordinal));
    }

    private async Task<(int OwnBranch, int OtherBranch)> CreateBranchAdministratorAsync()
    {
        await using var scope = _factory.Services.CreateSystemScope("test set-up");
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var own = (await db.Users.SingleAsync(u => u.UserName == DemoUsers.Officer)).OrgUnitId;
        var other = (await db.Users.SingleAsync(u => u.UserName == DemoUsers.OtherBranchOfficer)).OrgUnitId;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ReliefUser>>();
        if (await users.FindByNameAsync(BranchAdmin) is null)
        {
            var admin = new ReliefUser { UserName = BranchAdmin, DisplayName = "分会管理员", OrgUnitId = own, CreatedAt = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(admin, DemoUsers.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(admin, Roles.Administrator)).Succeeded);
        }
        return (own, other);
    }
}
