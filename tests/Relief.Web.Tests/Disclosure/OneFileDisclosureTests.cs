using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Disclosure;

/// <summary>
/// The one-file rule without a leak: when a person (or a grant to their household) is on file in a unit outside the
/// user's scope, the pages say only that it is elsewhere and which unit above both to ask, never the other unit's name
/// nor anything of the other file. The 丽水 officer's and the 松阳 officer's branches meet at the company union.
/// </summary>
public sealed class OneFileDisclosureTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private const string OtherBranch = "松阳供电分工会";
    private const string CommonAncestor = "浙江丽水电力有限公司工会";

    [Fact]
    public async Task Filing_a_person_on_file_in_another_branch_names_only_the_union_above_both()
    {
        var (idNumber, otherName) = await OtherBranchPersonAsync();
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var before = await factory.QueryAsync(db => db.Households.OutsideUnitScope().CountAsync());

        var form = await officer.GetHtmlAsync("/Households/Create");
        var response = await officer.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "冒名者",
            ["Input.IdNumber"] = idNumber,
            ["Input.Categories"] = nameof(HouseholdCategory.HardshipEmployee),
        }, formSelector: "main form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        // The parsed page's markup: Razor writes Chinese as character references, which a raw string search would miss.
        var html = page.DocumentElement.OuterHtml;
        Assert.Equal($"此人已在其他单位建有档案，一人只能有一份档案。如需了解，请向“{CommonAncestor}”查询。", page.Text("#err-IdNumber"));
        AssertNothingOfTheOtherFile(html, otherName);
        Assert.Equal(before, await factory.QueryAsync(db => db.Households.OutsideUnitScope().CountAsync()));
    }

    [Fact]
    public async Task Changing_a_files_ID_number_to_one_on_file_in_another_branch_names_only_the_union_above_both()
    {
        var (idNumber, otherName) = await OtherBranchPersonAsync();
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        var own = await factory.QueryAsync(db => db.Households.Where(h => h.OrgUnitId == branch && h.Status == HouseholdStatus.Active)
            .OrderBy(h => h.Id).Select(h => h.Id).FirstAsync());
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);

        var form = await officer.GetHtmlAsync($"/Households/Edit/{own}");
        var response = await officer.SubmitAsync(form, new Dictionary<string, string> { ["Input.IdNumber"] = idNumber }, formSelector: "main form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        var html = page.DocumentElement.OuterHtml;
        Assert.Contains($"请向“{CommonAncestor}”查询", page.Text("#err-IdNumber"), StringComparison.Ordinal);
        AssertNothingOfTheOtherFile(html, otherName);
    }

    [Fact]
    public async Task An_import_row_of_a_person_on_file_in_another_branch_names_only_the_union_above_both()
    {
        var (idNumber, otherName) = await OtherBranchPersonAsync();
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);

        var (preview, _) = await ImportPageTests.UploadWithSizeAsync(officer,
            ImportPageTests.Sheet(ImportPageTests.Row("冒名者", idNumber, "丽水供电分工会", "困难职工")));

        var problem = Assert.Single(preview.QuerySelectorAll("table tbody tr")).TextContent;
        Assert.Contains("第 2 行", problem, StringComparison.Ordinal);
        Assert.Contains($"此人已在其他单位建有档案，一人只能有一份档案。如需了解，请向“{CommonAncestor}”查询。", problem, StringComparison.Ordinal);
        AssertNothingOfTheOtherFile(preview.DocumentElement.OuterHtml, otherName);
    }

    [Fact]
    public async Task An_application_for_a_household_another_branch_helped_before_it_moved_names_only_the_union_above_both()
    {
        // A 松阳 household with a live grant moves to 丽水: its 松阳 grant stays with the unit that applied.
        var campaignId = (await factory.RunningCampaignAsync()).Id;
        var lishui = await factory.UnitOfAsync(DemoUsers.Officer);
        var songyang = await factory.UnitOfAsync(DemoUsers.OtherBranchOfficer);
        var live = GrantStatuses.Live;
        var grant = await factory.QueryAsync(db => db.Grants
            .Where(g => g.CampaignId == campaignId && g.OrgUnitId == songyang && g.Kind != GrantKind.InKind && live.Contains(g.Status)
                && g.Household!.OrgUnitId == songyang && g.Household.Status == HouseholdStatus.Active)
            .OrderBy(g => g.Id).Select(g => new { g.HouseholdId, g.Kind, g.Category, g.TotalAmount }).FirstAsync());
        await using (var scope = factory.Services.CreateSystemScope("test: a household moves to another branch"))
        {
            var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
            var household = await db.Households.SingleAsync(h => h.Id == grant.HouseholdId);
            household.OrgUnitId = lishui;
            await db.SaveChangesAsync();
        }
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);

        var applyUrl = $"/Grants/Apply?householdId={grant.HouseholdId}&campaignId={campaignId}";
        var form = await officer.GetHtmlAsync(applyUrl);
        Assert.Contains($"其他单位已在本活动中为该户申请补助，详情请向“{CommonAncestor}”了解", form.Text("#helped-elsewhere"), StringComparison.Ordinal);
        Assert.Contains(form.QuerySelectorAll(".existing-grants li"), li => li.TextContent.Contains($"其他单位（详情请向“{CommonAncestor}”了解）", StringComparison.Ordinal));
        Assert.DoesNotContain(OtherBranch, form.DocumentElement.OuterHtml, StringComparison.Ordinal);

        // Applying for the kind the other branch already gave is refused, again without its name.
        var refused = await officer.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Kind"] = grant.Kind.ToString(), ["Input.Category"] = grant.Category.ToString(),
            ["Input.CashAmount"] = grant.TotalAmount.ToString(CultureInfo.InvariantCulture), ["Input.Reason"] = "迁入后再次申请",
        }, formSelector: "#grant-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = (await refused.ReadHtmlAsync()).DocumentElement.OuterHtml;
        Assert.Contains($"其他单位（详情请向“{CommonAncestor}”了解）", html, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherBranch, html, StringComparison.Ordinal);
        Assert.Equal(1, await factory.QueryAsync(db => db.Grants.OutsideUnitScope()
            .CountAsync(g => g.HouseholdId == grant.HouseholdId && g.CampaignId == campaignId && g.Kind == grant.Kind)));
    }

    [Fact]
    public async Task The_chair_above_both_branches_is_told_the_branch_by_name()
    {
        var (idNumber, _) = await OtherBranchPersonAsync();
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);

        var form = await chair.GetHtmlAsync("/Households/Create");
        var response = await chair.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "冒名者", ["Input.IdNumber"] = idNumber, ["Input.Categories"] = nameof(HouseholdCategory.HardshipEmployee),
        }, formSelector: "main form");

        Assert.Equal($"此人已在“{OtherBranch}”建有档案，一人只能有一份档案。", (await response.ReadHtmlAsync()).Text("#err-IdNumber"));
    }

    /// <summary>The ID number (decrypted as the system) and name of a person on file in the 松阳 branch.</summary>
    private async Task<(string IdNumber, string Name)> OtherBranchPersonAsync()
    {
        var songyang = await factory.UnitOfAsync(DemoUsers.OtherBranchOfficer);
        await using var scope = factory.Services.CreateSystemScope("test set-up: a person on file in another branch");
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<IdNumberProtector>();
        var file = await db.Households.Where(h => h.OrgUnitId == songyang).OrderBy(h => h.Id).Select(h => new { h.IdNumberCipher, h.Name }).FirstAsync();
        return (protector.Unprotect(file.IdNumberCipher), file.Name);
    }

    /// <summary>Neither the unit holding the file, nor its holder's name, nor anything else of it.</summary>
    private static void AssertNothingOfTheOtherFile(string html, string otherName)
    {
        Assert.DoesNotContain(OtherBranch, html, StringComparison.Ordinal);
        Assert.DoesNotContain(otherName, html, StringComparison.Ordinal);
        Assert.Contains(CommonAncestor, html, StringComparison.Ordinal);
    }
}
