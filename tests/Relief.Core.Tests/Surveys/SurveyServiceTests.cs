using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;
using Relief.Core.Features.Surveys;
using Relief.Core.Tests.Households;

namespace Relief.Core.Tests.Surveys;

public sealed class SurveyServiceTests : IAsyncLifetime
{
    private static readonly PageRequest AllOnOnePage = new(1, PageRequest.MaxSize);
    private RegistryDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await RegistryDatabase.CreateAsync();
        _db.ActAs(RegistryDatabase.Officer(_db.CompanyA));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<int> HouseholdAsync(int unitId, string name, int sequence, Func<HouseholdInput, HouseholdInput>? change = null)
    {
        var input = Inputs.Household(unitId, name, Inputs.IdNumber(sequence));
        var result = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().CreateAsync(change?.Invoke(input) ?? input));
        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors));
        return result.Value;
    }

    private static SurveyInput Survey(int householdId, DateOnly on, int? campaignId = null) => new()
    {
        HouseholdId = householdId,
        CampaignId = campaignId,
        SurveyedOn = on,
        Surveyors = "李主席、张干事",
        Method = SurveyMethod.Home,
        Findings = "妻子确诊尿毒症，每周透析三次",
        PerCapitaIncome = 350.5m,
        FamilySize = 4,
        Causes = "大病",
        RecommendedLevel = HardshipLevel.Extreme,
        RecommendedCategories = [HouseholdCategory.SeriousIllness, HouseholdCategory.ExtremeHardshipEmployee],
        IsPriority = true,
    };

    private async Task<int> RecordAsync(SurveyInput input)
    {
        var result = await _db.RunAsync(sp => sp.GetRequiredService<SurveyService>().RecordAsync(input));
        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors));
        return result.Value;
    }

    [Fact]
    public async Task Applying_a_survey_updates_the_file_and_its_history_shows_old_and_new_values()
    {
        var household = await HouseholdAsync(_db.BranchA1.Id, "钱一", 1);
        var surveyId = await RecordAsync(Survey(household, RegistryDatabase.Today.AddDays(-2)));

        var detail = await _db.RunAsync(sp => sp.GetRequiredService<SurveyService>().GetAsync(surveyId));
        Assert.True(detail.CanApply);
        Assert.Equal(HardshipLevel.General, detail.CurrentLevel);
        Assert.Equal([HouseholdCategory.ExtremeHardshipEmployee, HouseholdCategory.SeriousIllness], detail.RecommendedCategories);

        var applied = await _db.RunAsync(sp => sp.GetRequiredService<SurveyService>().ApplyAsync(surveyId, detail.HouseholdVersion));
        Assert.True(applied.Succeeded);

        var file = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetFileAsync(household));
        Assert.Equal(HardshipLevel.Extreme, file.Level);
        Assert.Equal([HouseholdCategory.ExtremeHardshipEmployee, HouseholdCategory.SeriousIllness], file.Categories);
        Assert.Equal(350.5m, file.PerCapitaIncome);
        Assert.Equal(4, file.FamilySize);
        Assert.Equal("大病", file.Causes);
        Assert.True(file.IsPriority);
        Assert.NotNull(Assert.Single(file.Surveys).AppliedAt);

        var row = file.History[0];
        Assert.Equal(surveyId, row.SurveyId);
        Assert.Equal(HouseholdStatus.Active, row.ToStatus);
        Assert.Contains("困难程度：一般困难 → 特困", row.Changes, StringComparison.Ordinal);
        Assert.Contains("对象类别：困难职工 → 特困职工、大病致贫", row.Changes, StringComparison.Ordinal);
        Assert.Contains("家庭人口：3 → 4", row.Changes, StringComparison.Ordinal);
        Assert.Contains("800.00 → 350.50", row.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("联系电话", row.Changes, StringComparison.Ordinal);

        var again = await _db.RunAsync(sp => sp.GetRequiredService<SurveyService>().ApplyAsync(surveyId, file.Version));
        Assert.False(again.Succeeded);
        Assert.Equal(2, file.History.Count);
    }

    [Fact]
    public async Task Applying_over_a_newer_edit_of_the_file_is_a_conflict_and_changes_nothing()
    {
        var household = await HouseholdAsync(_db.BranchA1.Id, "钱二", 2);
        var surveyId = await RecordAsync(Survey(household, RegistryDatabase.Today));
        var seen = await _db.RunAsync(sp => sp.GetRequiredService<SurveyService>().GetAsync(surveyId));

        var edit = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetForEditAsync(household));
        Assert.True((await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().UpdateAsync(household, edit with { Address = "新址" }))).Succeeded);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            _db.RunAsync(sp => sp.GetRequiredService<SurveyService>().ApplyAsync(surveyId, seen.HouseholdVersion)));
        var file = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetFileAsync(household));
        Assert.Equal(HardshipLevel.General, file.Level);
        Assert.Null(Assert.Single(file.Surveys).AppliedAt);
        Assert.Single(file.History);
    }

    [Fact]
    public async Task Surveys_are_checked_for_scope_dates_and_closed_campaigns()
    {
        _db.ActAs(SystemActor.For("test set-up"));
        var inB = await HouseholdAsync(_db.BranchB.Id, "孙一", 3);
        var inA = await HouseholdAsync(_db.BranchA1.Id, "孙二", 4);
        var closedCampaign = await CampaignAsync(CampaignStatus.Closed);
        var surveyOfB = await RecordAsync(Survey(inB, RegistryDatabase.Today));

        _db.ActAs(RegistryDatabase.Officer(_db.CompanyA));
        await Assert.ThrowsAsync<NotFoundException>(() => _db.RunAsync(sp => sp.GetRequiredService<SurveyService>().RecordAsync(Survey(inB, RegistryDatabase.Today))));
        await Assert.ThrowsAsync<NotFoundException>(() => _db.RunAsync(sp => sp.GetRequiredService<SurveyService>().GetAsync(surveyOfB)));
        await Assert.ThrowsAsync<NotFoundException>(() => _db.RunAsync(sp => sp.GetRequiredService<SurveyService>().ApplyAsync(surveyOfB, Guid.NewGuid())));

        var future = await _db.RunAsync(sp => sp.GetRequiredService<SurveyService>().RecordAsync(Survey(inA, RegistryDatabase.Today.AddDays(1))));
        Assert.Contains("晚于今天", Assert.Single(future.Validation.Errors).ErrorMessage, StringComparison.Ordinal);
        var inClosed = await _db.RunAsync(sp => sp.GetRequiredService<SurveyService>().RecordAsync(Survey(inA, RegistryDatabase.Today, closedCampaign)));
        Assert.Contains("已结束", Assert.Single(inClosed.Validation.Errors).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_survey_drive_counts_households_in_hardship_surveyed_in_the_campaign_window()
    {
        var campaign = await CampaignAsync(CampaignStatus.Active);
        var byCampaign = await HouseholdAsync(_db.BranchA1.Id, "甲一", 11);
        var inWindow = await HouseholdAsync(_db.BranchA1.Id, "甲二", 12);
        var beforeWindow = await HouseholdAsync(_db.CompanyA.Id, "甲三", 13);
        var notSurveyed = await HouseholdAsync(_db.CompanyA.Id, "甲四", 14);
        var outOfHardship = await HouseholdAsync(_db.CompanyA.Id, "甲五", 15);
        await RecordAsync(Survey(byCampaign, new DateOnly(2024, 11, 20), campaign));
        await RecordAsync(Survey(inWindow, new DateOnly(2024, 12, 15)));
        await RecordAsync(Survey(beforeWindow, new DateOnly(2024, 11, 20)));
        var version = (await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetFileAsync(outOfHardship))).Version;
        await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().ChangeStatusAsync(outOfHardship, new HouseholdStatusInput
        {
            ToStatus = HouseholdStatus.OutOfHardship, Reason = "再就业", EffectiveOn = RegistryDatabase.Today, Version = version,
        }));
        _db.ActAs(SystemActor.For("test set-up"));
        await HouseholdAsync(_db.BranchB.Id, "乙一", 16);

        _db.ActAs(RegistryDatabase.Officer(_db.CompanyA));
        var drive = await _db.RunAsync(sp => sp.GetRequiredService<SurveyService>().GetDriveAsync(campaign, null, AllOnOnePage));
        Assert.Equal(4, drive.Total);
        Assert.Equal(2, drive.Surveyed);
        Assert.Equal(50.0m, drive.Percentage);
        Assert.Equal([beforeWindow, notSurveyed], drive.NotYetSurveyed.Items.Select(i => i.Id).Order());

        var branchOnly = await _db.RunAsync(sp => sp.GetRequiredService<SurveyService>().GetDriveAsync(campaign, _db.BranchA1.Id, AllOnOnePage));
        Assert.Equal(2, branchOnly.Total);
        Assert.Equal(100.0m, branchOnly.Percentage);

        var listed = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().ListAsync(
            new HouseholdQuery { NotSurveyedInCampaignId = campaign, Status = HouseholdStatus.Active }, AllOnOnePage));
        Assert.Equal([beforeWindow, notSurveyed], listed.Items.Select(i => i.Id).Order());
    }

    [Fact]
    public async Task The_priority_list_puts_extreme_hardship_illness_and_single_parents_first_then_lowest_income()
    {
        var other = await HouseholdAsync(_db.BranchA1.Id, "普通", 21, i => i with { PerCapitaIncome = 100m });
        var flagged = await HouseholdAsync(_db.BranchA1.Id, "重点", 22, i => i with { PerCapitaIncome = 900m, IsPriority = true });
        var single = await HouseholdAsync(_db.BranchA1.Id, "单亲", 23, i => i with { PerCapitaIncome = 700m, Categories = [HouseholdCategory.SingleParent] });
        var illRich = await HouseholdAsync(_db.BranchA1.Id, "大病甲", 24, i => i with { PerCapitaIncome = 1500.25m, Categories = [HouseholdCategory.SeriousIllness] });
        var illPoor = await HouseholdAsync(_db.BranchA1.Id, "大病乙", 25, i => i with { PerCapitaIncome = 200.75m, Categories = [HouseholdCategory.SeriousIllness] });
        var illUnknown = await HouseholdAsync(_db.BranchA1.Id, "大病丙", 26, i => i with { PerCapitaIncome = null, Categories = [HouseholdCategory.SeriousIllness] });
        var extreme = await HouseholdAsync(_db.BranchA1.Id, "特困", 27, i => i with { PerCapitaIncome = 2000m, Level = HardshipLevel.Extreme });

        var list = await _db.RunAsync(sp => sp.GetRequiredService<SurveyService>().GetPriorityListAsync(null, AllOnOnePage));
        Assert.Equal([extreme, illPoor, illRich, illUnknown, single, flagged, other], list.Items.Select(i => i.Id));
        Assert.Equal(
            [PriorityGroup.ExtremeHardship, PriorityGroup.SeriousIllness, PriorityGroup.SeriousIllness, PriorityGroup.SeriousIllness,
             PriorityGroup.SingleParent, PriorityGroup.Flagged, PriorityGroup.Other],
            list.Items.Select(PriorityGroups.Of));
    }

    private Task<int> CampaignAsync(CampaignStatus status) => _db.WithDbAsync(async db =>
    {
        var campaign = new Campaign
        {
            Name = "2025年元旦春节送温暖", Year = 2025, StartsOn = new DateOnly(2024, 12, 1), EndsOn = new DateOnly(2025, 2, 28),
            OrgUnitId = _db.Federation.Id, Status = status,
        };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign.Id;
    });
}
