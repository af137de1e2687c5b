using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.ServiceEvents;
using Relief.Core.Tests.Visits;

namespace Relief.Core.Tests.ServiceEvents;

/// <summary>Service events through the real service on a migrated SQLite file: validation, scope, version checks and audit.</summary>
public sealed class ServiceEventServiceTests : IAsyncLifetime
{
    private VisitsDatabase _db = null!;

    public async Task InitializeAsync() => _db = await VisitsDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<T> Events<T>(Func<ServiceEventService, Task<T>> work, string culture = "zh-CN") =>
        _db.RunAsync(sp => work(sp.GetRequiredService<ServiceEventService>()), culture);

    private ServiceEventInput JobFair(Action<ServiceEventInput>? change = null)
    {
        var input = new ServiceEventInput
        {
            CampaignId = _db.Campaign.Id,
            OrgUnitId = _db.BranchA.Id,
            Kind = ServiceEventKind.JobFair,
            Title = "“迎双节、送岗位”专场招聘会",
            HeldOn = VisitsDatabase.Today.AddDays(-2),
            Place = "市人力资源市场",
            Partners = "市人社局",
            Employers = 40,
            JobTypes = 30,
            PositionsOffered = 1200,
            Attendees = 2000,
            HiringIntentions = 350,
        };
        change?.Invoke(input);
        return input;
    }

    private Task<int> CountAsync() => _db.WithDbAsync(db => db.ServiceEvents.CountAsync());

    [Fact]
    public async Task A_job_fair_is_saved_with_its_figures_and_households_and_audited()
    {
        var household = await _db.AddHouseholdAsync(_db.BranchA, "王建国");
        var result = await Events(s => s.CreateAsync(JobFair(i => i.HouseholdIds = [household, household])));

        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors));
        var detail = await Events(s => s.GetAsync(result.Value));
        Assert.Equal(1200, detail.Counts.PositionsOffered);
        Assert.Equal(350, detail.Counts.HiringIntentions);
        Assert.Equal("市人社局", detail.Partners);
        Assert.Equal(_db.Campaign.Name, detail.CampaignName);
        Assert.Equal(["王建国"], detail.Households.Select(h => h.Name));
        var audited = await _db.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(ServiceEvent) && a.EntityKey == result.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(1, audited);
    }

    [Theory]
    [InlineData("zh-CN", "参会用工单位数不能为负数。")]
    [InlineData("en", "Employers taking part cannot be negative.")]
    public async Task A_negative_count_is_refused_with_a_message_in_the_users_language_and_nothing_is_saved(string culture, string message)
    {
        var result = await Events(s => s.CreateAsync(JobFair(i => i.Employers = -3)), culture);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal(nameof(ServiceEventInput.Employers), error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Every_negative_figure_of_the_kind_is_refused_each_next_to_its_field()
    {
        var training = await Events(s => s.CreateAsync(JobFair(i => { i.Kind = ServiceEventKind.Training; i.Sessions = -1; i.Trainees = -20; })));
        Assert.Equal([nameof(ServiceEventInput.Sessions), nameof(ServiceEventInput.Trainees)], training.Validation.Errors.Select(e => e.PropertyName));
        Assert.Contains("培训人数不能为负数。", training.Validation.Errors.Select(e => e.ErrorMessage));

        var legal = await Events(s => s.CreateAsync(JobFair(i => { i.Kind = ServiceEventKind.LegalAid; i.Consultations = -1; i.CasesTaken = -1; i.Participants = -1; })));
        Assert.Equal(3, legal.Validation.Errors.Count);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Hiring_intentions_above_the_attendees_are_refused()
    {
        var result = await Events(s => s.CreateAsync(JobFair(i => { i.Attendees = 120; i.HiringIntentions = 121; })));

        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal(nameof(ServiceEventInput.HiringIntentions), error.PropertyName);
        Assert.Equal("达成用工意向人数（121）不能多于参会人员数（120）。", error.ErrorMessage);
        Assert.Equal(0, await CountAsync());

        // Equal is fine, and so is an unknown attendance.
        Assert.True((await Events(s => s.CreateAsync(JobFair(i => { i.Attendees = 120; i.HiringIntentions = 120; })))).Succeeded);
        Assert.True((await Events(s => s.CreateAsync(JobFair(i => { i.Attendees = null; i.HiringIntentions = 500; })))).Succeeded);
    }

    [Fact]
    public async Task An_unknown_or_out_of_scope_unit_is_refused()
    {
        var unknown = await Events(s => s.CreateAsync(JobFair(i => i.OrgUnitId = 987_654)));
        Assert.Equal("组织单位不存在、已停用或不在您的管辖范围内。", Assert.Single(unknown.Validation.Errors).ErrorMessage);

        // 乙分工会 is beside the officer's branch, not below it.
        var beside = await Events(s => s.CreateAsync(JobFair(i => i.OrgUnitId = _db.BranchB.Id)));
        Assert.Equal(nameof(ServiceEventInput.OrgUnitId), Assert.Single(beside.Validation.Errors).PropertyName);

        var none = await Events(s => s.CreateAsync(JobFair(i => i.OrgUnitId = 0)), "en");
        Assert.Equal("Choose the organizing unit.", Assert.Single(none.Validation.Errors).ErrorMessage);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task An_unknown_household_or_one_outside_the_organizing_units_tree_is_refused()
    {
        var other = await _db.AddHouseholdAsync(_db.BranchB, "李秀英");
        var unknown = await Events(s => s.CreateAsync(JobFair(i => i.HouseholdIds = [987_654])));
        Assert.Equal("所选困难户中有不存在、不属于组织单位（含下属单位）或您无权查看的档案。", Assert.Single(unknown.Validation.Errors).ErrorMessage);
        var outside = await Events(s => s.CreateAsync(JobFair(i => i.HouseholdIds = [other])));
        Assert.Equal(nameof(ServiceEventInput.HouseholdIds), Assert.Single(outside.Validation.Errors).PropertyName);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Figures_the_kind_is_not_judged_by_are_not_kept()
    {
        var id = (await Events(s => s.CreateAsync(JobFair(i => { i.Kind = ServiceEventKind.Symposium; i.Participants = 15; i.Sessions = -4; })))).Value;

        var saved = await _db.WithDbAsync(db => db.ServiceEvents.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal(15, saved.Participants);
        Assert.Null(saved.Employers);
        Assert.Null(saved.PositionsOffered);
        Assert.Null(saved.Sessions);
    }

    [Fact]
    public async Task An_event_of_another_branch_is_not_found_and_not_listed()
    {
        var id = (await Events(s => s.CreateAsync(JobFair()))).Value;
        _db.ActAs(_db.Officer(_db.BranchB));

        await Assert.ThrowsAsync<NotFoundException>(() => Events(s => s.GetAsync(id)));
        await Assert.ThrowsAsync<NotFoundException>(() => Events(s => s.GetForEditAsync(id)));
        await Assert.ThrowsAsync<NotFoundException>(() => Events(s => s.UpdateAsync(id, JobFair())));
        Assert.Equal(0, (await Events(s => s.ListAsync(new ServiceEventQuery(), new PageRequest()))).Total);
        Assert.Equal(0, (await Events(s => s.TotalsAsync(new ServiceEventQuery()))).Events);

        // The company's chair sees the branch's event.
        _db.ActAs(_db.Chair());
        Assert.Equal(1, (await Events(s => s.ListAsync(new ServiceEventQuery(), new PageRequest()))).Total);
    }

    [Fact]
    public async Task Two_people_editing_the_same_event_the_second_gets_a_conflict_not_a_silent_overwrite()
    {
        var id = (await Events(s => s.CreateAsync(JobFair()))).Value;
        var first = await Events(s => s.GetForEditAsync(id));
        var second = await Events(s => s.GetForEditAsync(id));

        first.PositionsOffered = 1300;
        Assert.True((await Events(s => s.UpdateAsync(id, first))).Succeeded);
        second.PositionsOffered = 900;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Events(s => s.UpdateAsync(id, second)));

        Assert.Equal(1300, (await Events(s => s.GetAsync(id))).Counts.PositionsOffered);
    }

    [Fact]
    public async Task Changing_only_the_households_still_checks_the_version()
    {
        var household = await _db.AddHouseholdAsync(_db.BranchA, "张桂英");
        var id = (await Events(s => s.CreateAsync(JobFair()))).Value;
        var stale = await Events(s => s.GetForEditAsync(id));
        var fresh = await Events(s => s.GetForEditAsync(id));
        fresh.Notes = "补记";
        Assert.True((await Events(s => s.UpdateAsync(id, fresh))).Succeeded);

        stale.HouseholdIds = [household];
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Events(s => s.UpdateAsync(id, stale)));
        Assert.Empty((await Events(s => s.GetAsync(id))).Households);
    }

    [Fact]
    public async Task A_closed_campaign_takes_no_new_event_and_its_events_stay_as_they_are()
    {
        var id = (await Events(s => s.CreateAsync(JobFair()))).Value;
        await _db.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.SingleAsync(c => c.Id == _db.Campaign.Id);
            campaign.Status = CampaignStatus.Closed;
            return await db.SaveChangesAsync();
        });

        var created = await Events(s => s.CreateAsync(JobFair()));
        Assert.Equal("该活动已结束，不能再登记或修改。", Assert.Single(created.Validation.Errors).ErrorMessage);
        var edit = await Events(s => s.GetForEditAsync(id));
        edit.CampaignId = null;
        Assert.False((await Events(s => s.UpdateAsync(id, edit))).Succeeded);
    }

    [Fact]
    public async Task An_auditor_cannot_record_an_event_even_by_calling_the_service()
    {
        _db.ActAs(new FixedCurrentUser("auditor", "auditor", _db.Company.Id, _db.Company.Path, Roles.Auditor));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Events(s => s.CreateAsync(JobFair())));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task The_list_filters_by_kind_and_text_and_the_totals_add_up_every_matching_event()
    {
        await Events(s => s.CreateAsync(JobFair()));
        await Events(s => s.CreateAsync(JobFair(i => { i.Title = "春风行动招聘会"; i.PositionsOffered = 300; i.Attendees = 500; i.HiringIntentions = null; })));
        await Events(s => s.CreateAsync(JobFair(i => { i.Kind = ServiceEventKind.Training; i.Title = "家政培训班"; i.Sessions = 2; i.Trainees = 64; })));

        var fairs = await Events(s => s.TotalsAsync(new ServiceEventQuery { Kind = ServiceEventKind.JobFair }));
        Assert.Equal(2, fairs.Events);
        Assert.Equal(1500, fairs.PositionsOffered);
        Assert.Equal(2500, fairs.Attendees);
        Assert.Equal(350, fairs.HiringIntentions);
        var all = await Events(s => s.TotalsAsync(new ServiceEventQuery()));
        Assert.Equal((3, 2, 1, 64), (all.Events, all.JobFairs, all.Trainings, all.Trainees));
        var found = await Events(s => s.ListAsync(new ServiceEventQuery { Search = "春风" }, new PageRequest()));
        Assert.Equal("春风行动招聘会", Assert.Single(found.Items).Title);
        var page = await Events(s => s.ListAsync(new ServiceEventQuery(), new PageRequest(2, 2)));
        Assert.Equal((3, 1), (page.Total, page.Items.Count));
    }
}
