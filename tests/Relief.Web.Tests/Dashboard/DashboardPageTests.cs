using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Relief.Web.Tests.Households;
using Relief.Tests.Databases;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Dashboard;

/// <summary>
/// The leadership dashboard against the demo data: every figure it prints equals a plain SQL query written here
/// independently of the service (GROUP BY over the tables), for the chair (the whole company) and for a branch
/// officer (the branch only); the charts are accessible SVG with a table behind each.
/// </summary>
public sealed partial class DashboardPageTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    // GrantStatus: Approved 1, OnNotice 2, Payable 3, Disbursed 4 — "approved" in the dashboard's sense.
    private const string Approved = "(1, 2, 3, 4)";

    [GeneratedRegex(@"[^\d.\-]")]
    private static partial Regex NotANumber();

    private static decimal Number(string text) => decimal.Parse(NotANumber().Replace(text, ""), CultureInfo.InvariantCulture);

    private async Task<int> CampaignAsync() => (await factory.RunningCampaignAsync()).Id;

    /// <summary>Rows of a raw SQL query as strings; the SQL is written once for both engines (quoted names, CASE for counts).</summary>
    private Task<List<string[]>> SqlAsync(string sql, params (string Name, object Value)[] parameters) => factory.QueryAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        var rows = new List<string[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++) row[i] = Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "";
            rows.Add(row);
        }
        return rows;
    });

    /// <summary>A table of the dashboard as key → its number cells.</summary>
    private static Dictionary<string, decimal[]> Table(IHtmlDocument page, string id) =>
        page.QuerySelectorAll($"#{id} tbody tr").ToDictionary(
            row => row.GetAttribute("data-key")!,
            row => row.QuerySelectorAll("td.num").Select(cell => Number(cell.TextContent)).ToArray());

    /// <summary>A raw SUM of money: whole fen on SQLite, yuan (numeric) on PostgreSQL.</summary>
    private static decimal Money(string sqlSum) => sqlSum == "" ? 0m
        : TestEngine.IsPostgreSql ? decimal.Parse(sqlSum, NumberStyles.Number, CultureInfo.InvariantCulture)
        : long.Parse(sqlSum, NumberStyles.Integer, CultureInfo.InvariantCulture) / 100m;

    [Fact]
    public async Task Every_figure_the_chair_sees_equals_a_direct_query_on_the_demo_data()
    {
        var campaignId = await CampaignAsync();
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        // No campaign asked for: the newest active one.
        var page = await chair.GetHtmlAsync("/Dashboard");
        Assert.Equal(campaignId.ToString(CultureInfo.InvariantCulture), page.Value("#CampaignId"));
        var c = ("@c", (object)campaignId);

        var byStatus = await SqlAsync("""SELECT "Status", COUNT(*), SUM("TotalAmount") FROM "Grants" WHERE "CampaignId" = @c GROUP BY "Status" """, c);
        var statusTable = Table(page, "table-status");
        Assert.Equal(byStatus.Count, statusTable.Count);
        foreach (var row in byStatus)
        {
            var key = ((Relief.Core.Features.Grants.GrantStatus)int.Parse(row[0], CultureInfo.InvariantCulture)).ToString();
            Assert.Equal([decimal.Parse(row[1], CultureInfo.InvariantCulture), Money(row[2])], statusTable[key]);
        }
        var applications = byStatus.Sum(r => int.Parse(r[1], CultureInfo.InvariantCulture));
        Assert.Equal(applications, Number(page.Text("#stat-applications .stat-value")));

        var byKind = await SqlAsync($"""
            SELECT "Kind", COUNT(*), COUNT(DISTINCT "HouseholdId"), SUM("TotalAmount"), SUM(CASE WHEN "Status" = 4 THEN 1 ELSE 0 END), SUM(CASE WHEN "Status" = 4 THEN "TotalAmount" ELSE 0 END)
            FROM "Grants" WHERE "CampaignId" = @c AND "Status" IN {Approved} GROUP BY "Kind"
            """, c);
        AssertBreakdown(Table(page, "table-kind"), byKind, key => ((Relief.Core.Features.Grants.GrantKind)int.Parse(key, CultureInfo.InvariantCulture)).ToString());
        var byCategory = await SqlAsync($"""
            SELECT "Category", COUNT(*), COUNT(DISTINCT "HouseholdId"), SUM("TotalAmount"), SUM(CASE WHEN "Status" = 4 THEN 1 ELSE 0 END), SUM(CASE WHEN "Status" = 4 THEN "TotalAmount" ELSE 0 END)
            FROM "Grants" WHERE "CampaignId" = @c AND "Status" IN {Approved} GROUP BY "Category"
            """, c);
        AssertBreakdown(Table(page, "table-category"), byCategory, key => ((Relief.Core.Features.Households.HouseholdCategory)int.Parse(key, CultureInfo.InvariantCulture)).ToString());
        var byUnit = await SqlAsync($"""
            SELECT "OrgUnitId", COUNT(*), COUNT(DISTINCT "HouseholdId"), SUM("TotalAmount"), SUM(CASE WHEN "Status" = 4 THEN 1 ELSE 0 END), SUM(CASE WHEN "Status" = 4 THEN "TotalAmount" ELSE 0 END)
            FROM "Grants" WHERE "CampaignId" = @c AND "Status" IN {Approved} GROUP BY "OrgUnitId"
            """, c);
        AssertBreakdown(Table(page, "table-unit"), byUnit, key => key);
        var approvedAmount = byKind.Sum(r => Money(r[3]));
        Assert.Equal(approvedAmount, Number(page.Text("#stat-approved .stat-value")));
        Assert.Equal(byKind.Sum(r => Money(r[5])), Number(page.Text("#stat-paid .stat-value")));

        var funds = await SqlAsync("""SELECT "Id", "Amount", "Committed", "Spent" FROM "FundSources" WHERE "CampaignId" = @c""", c);
        var fundTable = Table(page, "table-funds");
        Assert.Equal(funds.Count, fundTable.Count);
        foreach (var f in funds)
        {
            var (amount, committed, spent) = (Money(f[1]), Money(f[2]), Money(f[3]));
            Assert.Equal([amount, committed, spent, amount - committed - spent], fundTable[f[0]]);
        }
        // Committed and spent on the sources agree with the grants charged to them (专款专用 kept by the workflow).
        var charged = await SqlAsync("""SELECT SUM(CASE WHEN "Status" IN (1, 2, 3) THEN "TotalAmount" ELSE 0 END), SUM(CASE WHEN "Status" = 4 THEN "TotalAmount" ELSE 0 END) FROM "Grants" WHERE "CampaignId" = @c""", c);
        Assert.Equal(funds.Sum(f => Money(f[2])), Money(charged[0][0]));
        Assert.Equal(funds.Sum(f => Money(f[3])), Money(charged[0][1]));

        var progress = Table(page, "table-progress");
        var onFile = await ScalarAsync("""
            SELECT COUNT(*) FROM "Households" h JOIN "OrgUnits" u ON u."Id" = h."OrgUnitId"
            WHERE h."Status" IN (0, 2) AND u."Path" LIKE (SELECT o."Path" FROM "Campaigns" k JOIN "OrgUnits" o ON o."Id" = k."OrgUnitId" WHERE k."Id" = @c) || '%'
            """, c);
        var surveyed = await ScalarAsync("""
            SELECT COUNT(DISTINCT s."HouseholdId") FROM "Surveys" s JOIN "Campaigns" k ON k."Id" = @c
            WHERE s."CampaignId" = @c OR (s."CampaignId" IS NULL AND s."SurveyedOn" >= k."StartsOn" AND s."SurveyedOn" <= k."EndsOn")
            """, c);
        var applied = await ScalarAsync("""SELECT COUNT(DISTINCT "HouseholdId") FROM "Grants" WHERE "CampaignId" = @c""", c);
        var approvedHouseholds = await ScalarAsync($"""SELECT COUNT(DISTINCT "HouseholdId") FROM "Grants" WHERE "CampaignId" = @c AND "Status" IN {Approved}""", c);
        var noticed = await ScalarAsync("""SELECT COUNT(DISTINCT "HouseholdId") FROM "Grants" WHERE "CampaignId" = @c AND "Status" IN (2, 3, 4)""", c);
        var paid = await ScalarAsync("""SELECT COUNT(DISTINCT "HouseholdId") FROM "Grants" WHERE "CampaignId" = @c AND "Status" = 4""", c);
        var visited = await ScalarAsync("""SELECT COUNT(DISTINCT vh."HouseholdId") FROM "VisitHouseholds" vh JOIN "Visits" v ON v."Id" = vh."VisitId" WHERE v."CampaignId" = @c""", c);
        AssertStep(progress["Surveyed"], surveyed, onFile);
        AssertStep(progress["Applied"], applied, onFile);
        AssertStep(progress["Approved"], approvedHouseholds, applied);
        AssertStep(progress["Noticed"], noticed, approvedHouseholds);
        AssertStep(progress["Paid"], paid, approvedHouseholds);
        AssertStep(progress["Visited"], visited, onFile);
        Assert.True(onFile > 0 && surveyed > 0 && visited > 0 && paid > 0, "The demo data should give every step something to count.");
    }

    private Task<int> ScalarAsync(string sql, (string, object) parameter) =>
        SqlAsync(sql, parameter).ContinueWith(t => int.Parse(t.Result[0][0], CultureInfo.InvariantCulture), TaskScheduler.Default);

    private static void AssertStep(decimal[] cells, int households, int outOf)
    {
        // Cells: households, share (the base is in words with its number).
        Assert.Equal(households, cells[0]);
        var percent = outOf == 0 ? 0m : Math.Round(100m * households / outOf, 1, MidpointRounding.AwayFromZero);
        Assert.Equal(percent, cells[1]);
    }

    private static void AssertBreakdown(Dictionary<string, decimal[]> table, List<string[]> sql, Func<string, string> key)
    {
        Assert.Equal(sql.Count, table.Count);
        foreach (var row in sql)
        {
            Assert.Equal(
                [decimal.Parse(row[1], CultureInfo.InvariantCulture), decimal.Parse(row[2], CultureInfo.InvariantCulture), Money(row[3]), decimal.Parse(row[4], CultureInfo.InvariantCulture), Money(row[5])],
                table[key(row[0])]);
        }
    }

    [Fact]
    public async Task A_branch_officer_sees_the_branch_only_and_the_figures_still_equal_the_query()
    {
        var campaignId = await CampaignAsync();
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var page = await officer.GetHtmlAsync($"/Dashboard?campaignId={campaignId}");

        var units = Table(page, "table-unit");
        Assert.Equal([branch.ToString(CultureInfo.InvariantCulture)], units.Keys.ToArray());
        var byStatus = await SqlAsync("""
            SELECT g."Status", COUNT(*), SUM(g."TotalAmount") FROM "Grants" g JOIN "OrgUnits" u ON u."Id" = g."OrgUnitId"
            WHERE g."CampaignId" = @c AND u."Path" LIKE (SELECT "Path" FROM "OrgUnits" WHERE "Id" = @u) || '%' GROUP BY g."Status"
            """, ("@c", campaignId), ("@u", branch));
        var statusTable = Table(page, "table-status");
        Assert.Equal(byStatus.Count, statusTable.Count);
        foreach (var row in byStatus)
        {
            var key = ((Relief.Core.Features.Grants.GrantStatus)int.Parse(row[0], CultureInfo.InvariantCulture)).ToString();
            Assert.Equal([decimal.Parse(row[1], CultureInfo.InvariantCulture), Money(row[2])], statusTable[key]);
        }
        var companyTotal = await SqlAsync("""SELECT COUNT(*) FROM "Grants" WHERE "CampaignId" = @c""", ("@c", campaignId));
        Assert.True(byStatus.Sum(r => int.Parse(r[1], CultureInfo.InvariantCulture)) < int.Parse(companyTotal[0][0], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_charts_are_accessible_svg_with_the_figures_in_words_and_a_table_behind_each()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var page = await chair.GetHtmlAsync("/Dashboard");
        var charts = page.QuerySelectorAll("svg.bar-chart");
        Assert.Equal(6, charts.Length);
        foreach (var svg in charts)
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.Equal([svg.Id + "-title", svg.Id + "-desc"], labelledBy);
            Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(labelledBy[0])?.TextContent));
            Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(labelledBy[1])?.TextContent));
            // Every bar has its label and its figures printed as text, not only as a length.
            Assert.Equal(svg.QuerySelectorAll("text.chart-label").Length, svg.QuerySelectorAll("rect.bar-track").Length);
            Assert.NotEmpty(svg.QuerySelectorAll("text.chart-value, text.chart-caption"));
            var section = svg.Closest("section")!;
            Assert.NotNull(section.QuerySelector("details table"));
        }
        // The words say what the bars show.
        var status = page.GetElementById("chart-status-desc")!.TextContent;
        var paid = page.QuerySelector("#table-status tr[data-key=Disbursed] td.num")!.TextContent.Trim();
        Assert.Contains($"已发放：{paid} 笔", status, StringComparison.Ordinal);
        Assert.Contains("进行中", page.Text(".page-header"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_campaign_can_be_chosen_one_outside_the_scope_is_not_found_and_the_home_page_summarizes_the_current_one()
    {
        var running = await factory.RunningCampaignAsync();
        var previousCampaign = await factory.PreviousCampaignAsync();
        var previous = previousCampaign.Id;
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var page = await chair.GetHtmlAsync($"/Dashboard?campaignId={previous}");
        Assert.Contains(previousCampaign.Name, page.Text(".page-header"), StringComparison.Ordinal);
        Assert.Contains("已结束", page.Text(".page-header"), StringComparison.Ordinal);
        var paidBefore = await SqlAsync("""SELECT COUNT(*) FROM "Grants" WHERE "CampaignId" = @c AND "Status" = 4""", ("@c", previous));
        Assert.Equal(decimal.Parse(paidBefore[0][0], CultureInfo.InvariantCulture), Table(page, "table-status")["Disbursed"][0]);

        // A campaign organized by another branch is outside the branch officer's scope: not found, on the meeting list too.
        var otherBranch = await factory.UnitOfAsync(DemoUsers.OtherBranchOfficer);
        // Planned for the summer after the running season.
        var autumnStarts = running.EndsOn.AddMonths(6);
        var branchCampaign = await factory.QueryAsync(async db =>
        {
            var campaign = new Relief.Core.Features.Campaigns.Campaign
            {
                Name = "松阳分工会金秋助学活动", Year = autumnStarts.Year, Season = Relief.Core.Features.Campaigns.Season.AutumnStudentAid, OrgUnitId = otherBranch,
                StartsOn = autumnStarts, EndsOn = autumnStarts.AddMonths(2), Status = Relief.Core.Features.Campaigns.CampaignStatus.Planning, CreatedAt = DateTime.UtcNow,
            };
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            return campaign.Id;
        });
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Dashboard?campaignId={branchCampaign}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Meetings?campaignId={branchCampaign}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await chair.GetAsync("/Dashboard?campaignId=999999")).StatusCode);
        using var otherOfficer = await factory.SignedInAsync(DemoUsers.OtherBranchOfficer);
        Assert.Contains("松阳分工会金秋助学活动", (await otherOfficer.GetHtmlAsync($"/Dashboard?campaignId={branchCampaign}")).Text(".page-header"), StringComparison.Ordinal);

        var home = await chair.GetHtmlAsync("/");
        var summary = home.Text("#current-campaign");
        Assert.Contains(running.Name, summary, StringComparison.Ordinal);
        Assert.Equal($"/Dashboard?campaignId={running.Id}", home.QuerySelector("#to-dashboard")?.GetAttribute("href"));
        var dashboard = await chair.GetHtmlAsync("/Dashboard");
        Assert.Contains(dashboard.Text("#stat-approved .stat-value"), summary, StringComparison.Ordinal);
        Assert.Contains(dashboard.Text("#stat-paid .stat-value"), summary, StringComparison.Ordinal);
        // 工作台 in the menu leads here and is marked as the current section on both pages.
        Assert.Equal("page", dashboard.QuerySelector(".app-header a[href='/Dashboard']")?.GetAttribute("aria-current"));
        Assert.Equal("page", home.QuerySelector(".app-header a[href='/Dashboard']")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task The_dashboard_speaks_english_after_the_language_switch()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var home = await chair.GetHtmlAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, (await chair.SubmitAsync(home, new Dictionary<string, string>(), formSelector: "form.culture-switch")).StatusCode);
        var page = await chair.GetHtmlAsync("/Dashboard");
        Assert.Equal("Campaign overview", page.Text("h1"));
        Assert.Contains("Progress of the work", page.Text("#progress-heading"), StringComparison.Ordinal);
        Assert.Contains("households", page.GetElementById("chart-progress-desc")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Paid", page.Text("#table-status"), StringComparison.Ordinal);
        Assert.Contains("Open the campaign overview", (await chair.GetHtmlAsync("/")).Text("#to-dashboard"), StringComparison.Ordinal);
    }
}
