using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Grants;

/// <summary>
/// 补助申请 through the pages, on the demo data: the list (filters, sort, paging, totals of the whole filtered set), the
/// grant's story, applying with goods and an override reason, the one-per-kind refusal, another unit's help flagged,
/// edit, conflict and withdraw, bulk from the standards, scope (another branch's grant is not found).
/// </summary>
public sealed class GrantPagesTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private async Task<int> CampaignAsync() => (await factory.RunningCampaignAsync()).Id;

    /// <summary>
    /// A household of the unit on file and a cash kind it has no grant of yet in the campaign, with a category of the
    /// household that has a standard for that kind. The demo leaves few households without any grant, so each test takes
    /// the next free (household, kind) pair.
    /// </summary>
    private async Task<(int Id, string Name, HouseholdCategory Category, GrantKind Kind, decimal Standard)> OpenChoiceAsync(int unitId, int campaignId)
    {
        var households = await factory.QueryAsync(db => db.Households
            .Where(h => h.OrgUnitId == unitId && h.Status == HouseholdStatus.Active)
            .OrderBy(h => h.Id)
            .Select(h => new
            {
                h.Id, h.Name,
                Categories = h.Categories.Select(c => c.Category).ToList(),
                Held = db.Grants.Where(g => g.HouseholdId == h.Id && g.CampaignId == campaignId).Select(g => g.Kind).ToList(),
            })
            .ToListAsync());
        var standards = await factory.QueryAsync(db => db.CampaignStandards.Where(s => s.CampaignId == campaignId && s.Kind != GrantKind.InKind)
            .Select(s => new { s.Category, s.Kind, s.Amount }).ToListAsync());
        return households
            .SelectMany(h => standards.Where(s => h.Categories.Contains(s.Category) && !h.Held.Contains(s.Kind)).Select(s => (h.Id, h.Name, s.Category, s.Kind, s.Amount)))
            .First();
    }

    private Task<List<GrantKind>> HeldKindsAsync(int householdId, int campaignId) =>
        factory.QueryAsync(db => db.Grants.Where(g => g.HouseholdId == householdId && g.CampaignId == campaignId).Select(g => g.Kind).ToListAsync());

    private static string Money(decimal amount) => amount.ToString("N2", Chinese);

    [Fact]
    public async Task The_list_filters_sorts_pages_and_totals_everything_the_filters_match()
    {
        var campaignId = await CampaignAsync();
        var paid = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && g.Status == GrantStatus.Disbursed)
            .Select(g => new { g.Id, g.TotalAmount, g.Household!.Name }).ToListAsync());
        Assert.True(paid.Count > 25, "the demo pays more than one page of grants");
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);

        var list = await chair.GetHtmlAsync($"/Grants?campaignId={campaignId}&Filter.Status=Disbursed");
        Assert.Equal(25, list.QuerySelectorAll(".grants-table tbody tr").Length);
        var summary = list.Text("#grant-totals");
        Assert.Contains($"共 {paid.Count} 笔", summary, StringComparison.Ordinal);
        Assert.Contains(Money(paid.Sum(p => p.TotalAmount)), summary, StringComparison.Ordinal);
        Assert.Contains(Money(paid.Sum(p => p.TotalAmount)), list.Text(".grants-table tfoot"), StringComparison.Ordinal);
        Assert.Contains("第 1 页 / 共 2 页", list.Text("main"), StringComparison.Ordinal);
        // Every row on the page is paid; the pager keeps the filter.
        Assert.All(list.QuerySelectorAll(".grants-table tbody .badge-state"), b => Assert.Equal("已发放", b.TextContent.Trim()));
        var next = list.QuerySelector("a.page-link[href*='page=2']")!.GetAttribute("href")!;
        Assert.Contains("Filter.Status=Disbursed", next, StringComparison.Ordinal);
        var second = await chair.GetHtmlAsync(next);
        Assert.Equal(paid.Count - 25, second.QuerySelectorAll(".grants-table tbody tr").Length);

        // Sorted by amount, largest first; a second click on the header turns it round.
        var byAmount = await chair.GetHtmlAsync($"/Grants?campaignId={campaignId}&Filter.Status=Disbursed&Filter.Sort=Amount&Filter.Descending=true");
        Assert.StartsWith(Money(paid.Max(p => p.TotalAmount)), byAmount.Text(".grants-table tbody tr td.num"), StringComparison.Ordinal);
        var header = byAmount.QuerySelector("th[aria-sort='descending'] a")!.GetAttribute("href")!;
        Assert.DoesNotContain("Filter.Descending=true", header, StringComparison.Ordinal);
        var ascending = await chair.GetHtmlAsync(header);
        Assert.StartsWith(Money(paid.Min(p => p.TotalAmount)), ascending.Text(".grants-table tbody tr td.num"), StringComparison.Ordinal);

        // A name search and the kind filter narrow the whole set, totals included.
        var name = paid[0].Name;
        var found = await chair.GetHtmlAsync($"/Grants?campaignId={campaignId}&Filter.Search={Uri.EscapeDataString(name)}");
        Assert.All(found.QuerySelectorAll(".grants-table tbody tr td:nth-child(2) a"), a => Assert.Contains(name, a.TextContent, StringComparison.Ordinal));
        var parcels = await factory.QueryAsync(db => db.Grants.CountAsync(g => g.CampaignId == campaignId && g.Kind == GrantKind.InKind
            && g.Status != GrantStatus.Rejected && g.Status != GrantStatus.Withdrawn));
        var kind = await chair.GetHtmlAsync($"/Grants?campaignId={campaignId}&Filter.Kind=InKind");
        Assert.Contains($"共 {parcels} 笔", kind.Text("#grant-totals"), StringComparison.Ordinal);
        Assert.Equal(parcels, kind.QuerySelectorAll(".grants-table tbody tr").Length);
    }

    [Fact]
    public async Task A_branch_officer_sees_the_branchs_grants_only_and_another_branchs_grant_is_not_found()
    {
        var campaignId = await CampaignAsync();
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        var otherBranch = await factory.UnitOfAsync(DemoUsers.OtherBranchOfficer);
        var other = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && g.OrgUnitId == otherBranch && g.Status == GrantStatus.Applied)
            .Select(g => g.Id).FirstAsync());
        // The totals leave out rejected and withdrawn grants (counted apart): the branch's live grants.
        var own = await factory.QueryAsync(db => db.Grants.CountAsync(g => g.CampaignId == campaignId && g.OrgUnitId == branch
            && g.Status != GrantStatus.Rejected && g.Status != GrantStatus.Withdrawn));
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Grants/Details/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Grants/Edit/{other}")).StatusCode);
        var list = await officer.GetHtmlAsync($"/Grants?campaignId={campaignId}");
        Assert.Contains($"共 {own} 笔", list.Text("#grant-totals"), StringComparison.Ordinal);
        Assert.All(list.QuerySelectorAll(".grants-table tbody tr td:nth-child(3)"), td => Assert.Equal("丽水供电分工会", td.TextContent.Trim()));
        Assert.Null(list.QuerySelector($"a[href='/Grants/Details/{other}']"));

        // Withdrawing it by a hand-made post is not found either, and nothing changes.
        var version = await factory.QueryAsync(db => db.Grants.Where(g => g.Id == other).Select(g => g.Version).SingleAsync());
        var forged = await officer.PostWithTokenAsync(list, $"/Grants/Details/{other}?handler=Withdraw",
            new Dictionary<string, string> { ["WithdrawReason"] = "误操作", ["Version"] = version.ToString() });
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(GrantStatus.Applied, await factory.QueryAsync(db => db.Grants.Where(g => g.Id == other).Select(g => g.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_paid_grant_tells_its_whole_story_with_links_to_the_meeting_the_notice_and_the_file()
    {
        var campaignId = await CampaignAsync();
        // The demo's objected-to grant on the first notice: decided, noticed, objected to, dismissed, paid.
        var story = await factory.QueryAsync(db => (
                from o in db.Objections
                join g in db.Grants on o.GrantId equals g.Id
                where o.Outcome == Relief.Core.Features.Notices.ObjectionOutcome.Dismissed
                orderby g.Id
                select new { GrantId = g.Id, o.PublicNoticeId, g.HouseholdId, g.CommitteeMeetingId, g.Status })
            .FirstAsync());
        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        var page = await auditor.GetHtmlAsync($"/Grants/Details/{story.GrantId}");
        Assert.NotNull(page.QuerySelector($"#decisions a[href='/Meetings/Details/{story.CommitteeMeetingId}']"));
        Assert.NotNull(page.QuerySelector($"#notices a[href='/Notices/Details/{story.PublicNoticeId}']"));
        Assert.NotNull(page.QuerySelector($"h1 a[href='/Households/Details/{story.HouseholdId}']"));
        Assert.Contains("批准", page.Text("#decisions"), StringComparison.Ordinal);
        Assert.Contains("不成立", page.Text("#notices"), StringComparison.Ordinal);
        Assert.Contains("反映该职工家中有两套住房", page.Text("#notices"), StringComparison.Ordinal);
        if (story.Status == GrantStatus.Disbursed) Assert.Contains("经办人", page.Text("#payment"), StringComparison.Ordinal);
        // An auditor reads it all and can change nothing.
        Assert.Null(page.QuerySelector("#withdraw"));
        Assert.Null(page.QuerySelector("a[href^='/Grants/Edit']"));

        // The demo's first grant that another union's help was reported for shows the flag (first by id: a database
        // without ORDER BY returns rows in no promised order, and PostgreSQL's differs from SQLite's).
        var flagged = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && g.DuplicateElsewhere != null).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync());
        Assert.Contains("丽水市总工会", (await auditor.GetHtmlAsync($"/Grants/Details/{flagged}")).Text("#helped-elsewhere"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_application_with_goods_above_the_standard_needs_a_reason_and_a_second_of_the_kind_names_the_first()
    {
        var campaignId = await CampaignAsync();
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        var household = await OpenChoiceAsync(branch, campaignId);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);

        // The household file offers the application.
        var file = await officer.GetHtmlAsync($"/Households/Details/{household.Id}");
        var link = file.QuerySelector($"a[href^='/Grants/Apply?householdId={household.Id}']");
        Assert.NotNull(link);
        var form = await officer.GetHtmlAsync(link!.GetAttribute("href")!);
        Assert.Contains(household.Name, form.Text("#household-heading"), StringComparison.Ordinal);
        // The form starts at a kind the household has not used in this campaign.
        var held = await HeldKindsAsync(household.Id, campaignId);
        Assert.DoesNotContain(Enum.Parse<GrantKind>(((IHtmlInputElement)form.QuerySelector("input[name='Input.Kind'][checked]")!).Value), held);
        var kindField = new Dictionary<string, string> { ["Input.Kind"] = household.Kind.ToString(), ["Input.Category"] = household.Category.ToString() };

        // 大米 by its one-tap button: a row with name and unit filled, nothing saved yet.
        var grants = await factory.QueryAsync(db => db.Grants.CountAsync());
        var withRice = await (await officer.SubmitAsync(form, kindField,
            formSelector: "#grant-form", submitSelector: "button[formaction*='preset=Rice']")).ReadHtmlAsync();
        Assert.Equal("大米", withRice.Value("#Input_Items_0_Name"));
        Assert.Equal("袋", withRice.Value("#Input_Items_0_Unit"));
        Assert.Equal(grants, await factory.QueryAsync(db => db.Grants.CountAsync()));

        var fields = new Dictionary<string, string>(kindField)
        {
            ["Input.CashAmount"] = household.Standard.ToString(CultureInfo.InvariantCulture),
            ["Input.Items[0].Quantity"] = "2",
            ["Input.Items[0].UnitValue"] = "65",
            ["Input.Reason"] = "本人患病住院，家庭收入低于当地最低生活保障标准",
        };
        var refused = await officer.SubmitAsync(withRice, fields, formSelector: "#grant-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = await refused.ReadHtmlAsync();
        Assert.Contains($"补助标准 {Money(household.Standard)} 元，请填写超标准理由", refusedPage.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Contains(Money(household.Standard + 130m), refusedPage.Text("[data-total]"), StringComparison.Ordinal);
        Assert.Equal(grants, await factory.QueryAsync(db => db.Grants.CountAsync()));

        fields["Input.OverrideReason"] = "住院期间医疗费用支出大";
        var saved = await officer.SubmitAsync(refusedPage, fields, formSelector: "#grant-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = int.Parse(saved.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
        var grant = await factory.QueryAsync(db => db.Grants.Include(g => g.Items).SingleAsync(g => g.Id == id));
        Assert.Equal((GrantStatus.Applied, branch, household.Standard, 130m, household.Standard + 130m), (grant.Status, grant.OrgUnitId, grant.CashAmount, grant.InKindValue, grant.TotalAmount));
        Assert.Equal(("大米", "袋", 2m, 65m), (grant.Items.Single().Name, grant.Items.Single().Unit, grant.Items.Single().Quantity, grant.Items.Single().UnitValue));
        var details = await officer.GetHtmlAsync($"/Grants/Details/{id}");
        Assert.Contains("申请已提交", details.Text(".alert-success"), StringComparison.Ordinal);
        Assert.Contains("住院期间医疗费用支出大", details.Text("main"), StringComparison.Ordinal);

        // The same kind again: refused, naming the first; the page now marks the kind as taken.
        var again = await officer.GetHtmlAsync($"/Grants/Apply?householdId={household.Id}&campaignId={campaignId}");
        Assert.Contains("已有申请", again.Text($"label[for='Input_Kind_{household.Kind}']"), StringComparison.Ordinal);
        var second = await officer.SubmitAsync(again, new Dictionary<string, string>(kindField) { ["Input.CashAmount"] = "100", ["Input.Reason"] = "再次申请" },
            formSelector: "#grant-form");
        Assert.Contains($"编号 {id}，丽水供电分工会", (await second.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);

        // Typos and blanks: a plain message for an unreadable number; the rule for an empty application.
        var typo = await (await officer.SubmitAsync(again, new Dictionary<string, string>
        {
            ["Input.CashAmount"] = "五百", ["Input.Reason"] = "临时困难",
        }, formSelector: "#grant-form")).ReadHtmlAsync();
        Assert.Contains("“五百”不是一个数字", typo.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal("五百", typo.Value("#Input_CashAmount"));
        var empty = await (await officer.SubmitAsync(again, new Dictionary<string, string>
        {
            ["Input.CashAmount"] = "", ["Input.Reason"] = "临时困难",
        }, formSelector: "#grant-form")).ReadHtmlAsync();
        Assert.Contains("请填写现金金额或慰问物品", empty.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(grants + 1, await factory.QueryAsync(db => db.Grants.CountAsync()));
    }

    [Fact]
    public async Task A_household_helped_by_another_unit_is_flagged_on_the_form_the_grant_and_the_list()
    {
        var campaignId = await CampaignAsync();
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        var company = await factory.UnitOfAsync(DemoUsers.Chair);
        var household = await OpenChoiceAsync(branch, campaignId);

        // The company union applies directly for the branch's household.
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var chairForm = await chair.GetHtmlAsync($"/Grants/Apply?householdId={household.Id}&campaignId={campaignId}");
        Assert.NotNull(chairForm.QuerySelector($"#Input_OrgUnitId option[value='{company}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await chair.SubmitAsync(chairForm, new Dictionary<string, string>
        {
            ["Input.OrgUnitId"] = company.ToString(CultureInfo.InvariantCulture), ["Input.Kind"] = household.Kind.ToString(), ["Input.Category"] = household.Category.ToString(),
            ["Input.CashAmount"] = household.Standard.ToString(CultureInfo.InvariantCulture), ["Input.Reason"] = "公司工会直接帮扶",
        }, formSelector: "#grant-form")).StatusCode);

        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var form = await officer.GetHtmlAsync($"/Grants/Apply?householdId={household.Id}&campaignId={campaignId}");
        Assert.Contains("浙江丽水电力有限公司工会已在本活动中为该户申请", form.Text("#helped-elsewhere"), StringComparison.Ordinal);
        // The company's grant is listed but not openable from the branch.
        var companyLine = form.QuerySelectorAll(".existing-grants li").Single(li => li.TextContent.Contains("浙江丽水电力有限公司工会", StringComparison.Ordinal));
        Assert.Null(companyLine.QuerySelector("a"));

        var held = await HeldKindsAsync(household.Id, campaignId);
        var otherKind = Enum.GetValues<GrantKind>().First(k => k != GrantKind.InKind && !held.Contains(k));
        var saved = await officer.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Kind"] = otherKind.ToString(), ["Input.Category"] = household.Category.ToString(), ["Input.CashAmount"] = "100", ["Input.Reason"] = "突发疾病临时救助",
        }, formSelector: "#grant-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = int.Parse(saved.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
        Assert.Contains("浙江丽水电力有限公司工会", (await officer.GetHtmlAsync($"/Grants/Details/{id}")).Text("#helped-elsewhere"), StringComparison.Ordinal);
        var flagged = await chair.GetHtmlAsync($"/Grants?campaignId={campaignId}&Filter.DuplicatesOnly=true");
        var row = flagged.QuerySelectorAll(".grants-table tbody tr").Single(r => r.QuerySelector($"a[href='/Grants/Details/{id}']") is not null);
        Assert.NotNull(row.QuerySelector(".flag-badge"));
    }

    [Fact]
    public async Task A_pending_application_is_edited_with_a_conflict_told_then_withdrawn_and_no_longer_editable()
    {
        var campaignId = await CampaignAsync();
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        var household = await OpenChoiceAsync(branch, campaignId);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var applied = await officer.SubmitAsync(await officer.GetHtmlAsync($"/Grants/Apply?householdId={household.Id}&campaignId={campaignId}"),
            new Dictionary<string, string>
            {
                ["Input.Kind"] = household.Kind.ToString(), ["Input.Category"] = household.Category.ToString(), ["Input.CashAmount"] = "100", ["Input.Reason"] = "家庭困难",
            }, formSelector: "#grant-form");
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var id = int.Parse(applied.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);

        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var officerForm = await officer.GetHtmlAsync($"/Grants/Edit/{id}");
        var chairForm = await chair.GetHtmlAsync($"/Grants/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync(officerForm, new Dictionary<string, string>
        {
            ["Input.CashAmount"] = "80", ["Input.Reason"] = "家庭困难，配偶失业",
        }, formSelector: "#grant-form")).StatusCode);
        var conflict = await chair.SubmitAsync(chairForm, new Dictionary<string, string> { ["Input.Reason"] = "经核实家庭困难" }, formSelector: "#grant-form");
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var conflictPage = await conflict.ReadHtmlAsync();
        Assert.Contains("已被他人修改", conflictPage.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal("经核实家庭困难", conflictPage.QuerySelector("#Input_Reason")!.TextContent);
        var grant = await factory.QueryAsync(db => db.Grants.SingleAsync(g => g.Id == id));
        Assert.Equal((80m, "家庭困难，配偶失业"), (grant.TotalAmount, grant.Reason));

        // Withdrawn with a reason (a blank one is refused, nothing changes).
        var details = await officer.GetHtmlAsync($"/Grants/Details/{id}");
        var blank = await officer.SubmitAsync(details, new Dictionary<string, string> { ["WithdrawReason"] = " " }, formSelector: "#withdraw form");
        var blankPage = await blank.ReadHtmlAsync();
        Assert.Contains("请填写撤回原因", blankPage.Text("#withdraw"), StringComparison.Ordinal);
        Assert.NotNull(blankPage.QuerySelector("#withdraw[open]"));
        Assert.Equal(GrantStatus.Applied, await factory.QueryAsync(db => db.Grants.Where(g => g.Id == id).Select(g => g.Status).SingleAsync()));
        var withdrawn = await officer.SubmitAsync(details, new Dictionary<string, string> { ["WithdrawReason"] = "家庭情况好转，主动放弃" }, formSelector: "#withdraw form");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        grant = await factory.QueryAsync(db => db.Grants.SingleAsync(g => g.Id == id));
        Assert.Equal((GrantStatus.Withdrawn, "家庭情况好转，主动放弃"), (grant.Status, grant.RejectionReason));

        details = await officer.GetHtmlAsync($"/Grants/Details/{id}");
        Assert.Null(details.QuerySelector("#withdraw"));
        Assert.Null(details.QuerySelector($"a[href='/Grants/Edit/{id}']"));
        Assert.Contains("家庭情况好转", details.Text(".alert-secondary"), StringComparison.Ordinal);
        var edit = await officer.GetHtmlAsync($"/Grants/Edit/{id}");
        Assert.Contains("已撤回", edit.Text("#cannot-edit"), StringComparison.Ordinal);
        Assert.Null(edit.QuerySelector("#grant-form"));
        // The old form posted anyway: the reason, not a 500, and nothing changes.
        var forged = await officer.SubmitAsync(officerForm, new Dictionary<string, string> { ["Input.CashAmount"] = "90" }, formSelector: "#grant-form");
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("已不能修改", (await forged.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(80m, await factory.QueryAsync(db => db.Grants.Where(g => g.Id == id).Select(g => g.TotalAmount).SingleAsync()));
    }

    [Fact]
    public async Task Bulk_applications_are_previewed_with_the_skipped_and_why_then_only_the_ticked_are_created()
    {
        var campaignId = await CampaignAsync();
        var songyang = await factory.UnitOfAsync(DemoUsers.OtherBranchOfficer);
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var form = await chair.GetHtmlAsync($"/Grants/Bulk?campaignId={campaignId}");
        var selection = new Dictionary<string, string>
        {
            ["Input.OrgUnitId"] = songyang.ToString(CultureInfo.InvariantCulture), ["Input.Level"] = nameof(HardshipLevel.Extreme), ["Input.Kind"] = nameof(GrantKind.HardshipSubsidy),
        };
        var preview = await (await chair.SubmitAsync(form, selection, formSelector: "#bulk-form", submitSelector: "#bulk-preview")).ReadHtmlAsync();
        var offered = preview.QuerySelectorAll("input[name='Input.HouseholdIds']").Cast<IHtmlInputElement>().ToList();
        var skipped = preview.QuerySelectorAll("#skipped tbody tr");
        var inSelection = await factory.QueryAsync(db => db.Households.CountAsync(h => h.OrgUnitId == songyang && h.Level == HardshipLevel.Extreme
            && (h.Status == HouseholdStatus.Active || h.Status == HouseholdStatus.Returned)));
        Assert.Equal(inSelection, offered.Count + skipped.Length);
        Assert.NotEmpty(offered);
        Assert.All(offered, box => Assert.True(box.IsChecked));
        Assert.Contains(skipped, row => row.TextContent.Contains("已有一笔困难补助申请", StringComparison.Ordinal));
        var before = await factory.QueryAsync(db => db.Grants.CountAsync(g => g.CampaignId == campaignId));

        // Nothing ticked: told, nothing created.
        var noneTicked = await chair.PostWithTokenAsync(preview, "/Grants/Bulk", new Dictionary<string, string>(selection)
        {
            ["Input.CampaignId"] = campaignId.ToString(CultureInfo.InvariantCulture), ["Input.Reason"] = "按标准慰问",
        });
        Assert.Contains("请至少勾选一户", (await noneTicked.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(before, await factory.QueryAsync(db => db.Grants.CountAsync(g => g.CampaignId == campaignId)));

        // One ticked: exactly that one is created, at the standard, as an application to review.
        var chosen = int.Parse(offered[0].Value, CultureInfo.InvariantCulture);
        var created = await (await chair.SubmitAsync(preview, new Dictionary<string, string> { ["Input.HouseholdIds"] = offered[0].Value },
            formSelector: "#bulk-form", submitSelector: "#bulk-create")).ReadHtmlAsync();
        Assert.Contains("已生成 1 笔申请", created.Text("#bulk-created"), StringComparison.Ordinal);
        Assert.Equal(before + 1, await factory.QueryAsync(db => db.Grants.CountAsync(g => g.CampaignId == campaignId)));
        var grant = await factory.QueryAsync(db => db.Grants.SingleAsync(g => g.CampaignId == campaignId && g.HouseholdId == chosen && g.Kind == GrantKind.HardshipSubsidy));
        Assert.Equal(GrantStatus.Applied, grant.Status);
        Assert.Equal(grant.StandardAmount, grant.TotalAmount);
    }

    [Fact]
    public async Task Applying_in_a_closed_campaign_is_refused_with_the_reason_and_an_auditor_cannot_apply()
    {
        var closed = (await factory.PreviousCampaignAsync()).Id;
        var open = await CampaignAsync();
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        var household = await OpenChoiceAsync(branch, open);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var form = await officer.GetHtmlAsync($"/Grants/Apply?householdId={household.Id}&campaignId={open}");
        var grants = await factory.QueryAsync(db => db.Grants.CountAsync());
        var refused = await officer.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.CampaignId"] = closed.ToString(CultureInfo.InvariantCulture), ["Input.Kind"] = household.Kind.ToString(),
            ["Input.Category"] = household.Category.ToString(), ["Input.CashAmount"] = "100", ["Input.Reason"] = "补报",
        }, formSelector: "#grant-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("已结束，所有记录只读", (await refused.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(grants, await factory.QueryAsync(db => db.Grants.CountAsync()));

        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync($"/Grants/Apply?householdId={household.Id}")).StatusCode);
        var list = await auditor.GetHtmlAsync($"/Grants?campaignId={open}");
        Assert.Null(list.QuerySelector("a[href^='/Grants/Apply']"));
        Assert.Null(list.QuerySelector("a[href^='/Grants/Bulk']"));
    }

    [Theory]
    [InlineData("100.555", "最多两位小数")]
    [InlineData("0.001", "最多两位小数")]
    [InlineData("1e3", "不是一个数字")]
    [InlineData("NaN", "不是一个数字")]
    [InlineData("一百", "不是一个数字")]
    [InlineData("1,50", "不是一个数字")]
    public async Task An_amount_that_is_not_exact_to_the_fen_or_not_a_number_is_refused_and_nothing_is_saved(string typed, string message)
    {
        var campaignId = await CampaignAsync();
        var household = await OpenChoiceAsync(await factory.UnitOfAsync(DemoUsers.Officer), campaignId);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var grants = await factory.QueryAsync(db => db.Grants.CountAsync());
        var refused = await officer.SubmitAsync(await officer.GetHtmlAsync($"/Grants/Apply?householdId={household.Id}&campaignId={campaignId}"),
            new Dictionary<string, string>
            {
                ["Input.Kind"] = household.Kind.ToString(), ["Input.Category"] = household.Category.ToString(), ["Input.CashAmount"] = typed, ["Input.Reason"] = "家庭困难",
            }, formSelector: "#grant-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.Contains(message, page.Text("#grant-form"), StringComparison.Ordinal);
        Assert.Equal(typed, page.QuerySelector("#Input_CashAmount")!.GetAttribute("value"));
        Assert.Equal(grants, await factory.QueryAsync(db => db.Grants.CountAsync()));
    }

    [Theory]
    [InlineData("¥1,500", 1500)]
    [InlineData("1500元", 1500)]
    [InlineData("１，５００．５", 1500.5)]
    public async Task An_amount_is_read_as_people_type_it_and_stored_exactly(string typed, double expected)
    {
        var campaignId = await CampaignAsync();
        var household = await OpenChoiceAsync(await factory.UnitOfAsync(DemoUsers.Officer), campaignId);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var saved = await officer.SubmitAsync(await officer.GetHtmlAsync($"/Grants/Apply?householdId={household.Id}&campaignId={campaignId}"),
            new Dictionary<string, string>
            {
                ["Input.Kind"] = household.Kind.ToString(), ["Input.Category"] = household.Category.ToString(), ["Input.CashAmount"] = typed,
                ["Input.Reason"] = "家庭困难", ["Input.OverrideReason"] = "家中两人住院，按实际困难申请",
            }, formSelector: "#grant-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = int.Parse(saved.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
        Assert.Equal((decimal)expected, await factory.QueryAsync(db => db.Grants.Where(g => g.Id == id).Select(g => g.CashAmount).SingleAsync()));
    }
}
