using System.Net;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Households;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Surveys;

public sealed class SurveyPagesTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    [Fact]
    public async Task A_survey_recorded_and_applied_updates_the_file_and_its_history()
    {
        var id = await ActiveHouseholdAsync(skip: 0);
        var surveyedOn = (await factory.RunningCampaignAsync()).StartsOn.AddDays(7);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);

        var form = await officer.GetHtmlAsync($"/Surveys/Create?householdId={id}");
        var recorded = await officer.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.SurveyedOn"] = surveyedOn.Iso(),
            ["Input.Surveyors"] = "吴丽娟、陈国华",
            ["Input.Findings"] = "户主确诊尿毒症，每周透析三次",
            ["Input.FamilySize"] = "5",
            ["Input.PerCapitaIncome"] = "420",
            ["Input.RecommendedLevel"] = nameof(HardshipLevel.Extreme),
            ["Input.RecommendedCategories"] = nameof(HouseholdCategory.SeriousIllness),
        }, formSelector: "main form");
        Assert.True(recorded.StatusCode == HttpStatusCode.Redirect, (await recorded.ReadHtmlAsync()).Text("[role=alert]"));

        var survey = await officer.GetHtmlAsync(recorded.Headers.Location!.ToString());
        Assert.Contains("有变动", survey.Text("main table"), StringComparison.Ordinal);
        var applied = await officer.SubmitAsync(survey, new Dictionary<string, string>(), formSelector: "form[action*='handler=Apply']");
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal($"/Households/Details/{id}", applied.Headers.Location?.ToString());

        var household = await factory.QueryAsync(db => db.Households.Include(h => h.Categories).SingleAsync(h => h.Id == id));
        Assert.Equal(HardshipLevel.Extreme, household.Level);
        Assert.Equal(5, household.FamilySize);
        Assert.Equal(420m, household.PerCapitaIncome);
        Assert.Equal(HouseholdCategory.SeriousIllness, Assert.Single(household.Categories).Category);
        var file = await officer.GetHtmlAsync($"/Households/Details/{id}");
        var history = file.Text("#history-heading + ol");
        Assert.Contains("困难程度", history, StringComparison.Ordinal);
        Assert.Contains("→ 特困", history, StringComparison.Ordinal);

        var done = await officer.GetHtmlAsync(recorded.Headers.Location!.ToString());
        Assert.Null(done.QuerySelector("form[action*='handler=Apply']"));
    }

    [Fact]
    public async Task Applying_over_an_edit_made_meanwhile_is_a_conflict_and_changes_nothing()
    {
        var id = await ActiveHouseholdAsync(skip: 1);
        var surveyedOn = (await factory.RunningCampaignAsync()).StartsOn.AddDays(8);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var form = await officer.GetHtmlAsync($"/Surveys/Create?householdId={id}");
        var recorded = await officer.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.SurveyedOn"] = surveyedOn.Iso(),
            ["Input.RecommendedLevel"] = nameof(HardshipLevel.Extreme),
        }, formSelector: "main form");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var survey = await officer.GetHtmlAsync(recorded.Headers.Location!.ToString());
        var levelBefore = await factory.QueryAsync(db => db.Households.Where(h => h.Id == id).Select(h => h.Level).SingleAsync());

        var edit = await chair.GetHtmlAsync($"/Households/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await chair.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Workplace"] = "丽水供电公司营销部" }, formSelector: "main form")).StatusCode);

        var conflict = await officer.SubmitAsync(survey, new Dictionary<string, string>(), formSelector: "form[action*='handler=Apply']");
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("已被他人修改", (await conflict.ReadHtmlAsync()).Text("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal(levelBefore, await factory.QueryAsync(db => db.Households.Where(h => h.Id == id).Select(h => h.Level).SingleAsync()));
    }

    [Fact]
    public async Task A_survey_dated_in_the_future_is_refused_next_to_the_date_and_an_auditor_cannot_apply()
    {
        var id = await ActiveHouseholdAsync(skip: 2);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var before = await factory.QueryAsync(db => db.Surveys.CountAsync());
        var form = await officer.GetHtmlAsync($"/Surveys/Create?householdId={id}");
        var refused = await officer.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.SurveyedOn"] = factory.Today().AddDays(3).Iso(),
            ["Input.Surveyors"] = "叶秀芳",
        }, formSelector: "main form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.NotEmpty(page.Text("#err-SurveyedOn"));
        Assert.Equal("叶秀芳", page.Value("#Input_Surveyors"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Surveys.CountAsync()));

        var surveyId = await factory.QueryAsync(db => db.Surveys.Where(s => s.AppliedAt == null && s.Household!.Status != HouseholdStatus.Closed)
            .OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        var readOnly = await auditor.GetHtmlAsync($"/Surveys/Details/{surveyId}");
        Assert.Null(readOnly.QuerySelector("form[action*='handler=Apply']"));
        var forbidden = await auditor.PostWithTokenAsync(readOnly, $"/Surveys/Details/{surveyId}?handler=Apply",
            new Dictionary<string, string> { ["HouseholdVersion"] = Guid.Empty.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task The_drive_shows_progress_and_who_is_left_and_the_priority_list_puts_extreme_hardship_first()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var drive = await officer.GetHtmlAsync("/Surveys/Drive");
        var progress = drive.Text("#progress-heading ~ p[aria-live]");
        Assert.Matches(@"已调查 \d+ 户 / 共 \d+ 户（\d+(\.\d)?%）", progress);
        var rows = drive.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.NotNull(r.QuerySelector("a[href*='/Surveys/Create?householdId='][href*='campaignId=']")));

        var priority = await officer.GetHtmlAsync("/Surveys/Priority");
        var first = priority.QuerySelector("tbody tr");
        Assert.NotNull(first);
        Assert.Contains("特困", first.TextContent, StringComparison.Ordinal);
    }

    private async Task<int> ActiveHouseholdAsync(int skip)
    {
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        return await factory.QueryAsync(db => db.Households
            .Where(h => h.OrgUnitId == branch && h.Status == HouseholdStatus.Active && h.Level == HardshipLevel.General)
            .OrderBy(h => h.Id).Skip(skip).Select(h => h.Id).FirstAsync());
    }
}
