using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Features.Hotline;
using Relief.Core.Tests.Visits;

namespace Relief.Core.Tests.Hotline;

public sealed class HotlineServiceTests : IAsyncLifetime
{
    private static readonly PageRequest AllOnOnePage = new(1, PageRequest.MaxSize);
    private VisitsDatabase _world = null!;
    private int _household;

    public async Task InitializeAsync()
    {
        _world = await VisitsDatabase.CreateAsync();
        _household = await _world.AddHouseholdAsync(_world.BranchA, "钱一");
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private Task<int> CallCountAsync() => _world.WithDbAsync(db => db.HotlineCalls.CountAsync());

    [Fact]
    public async Task The_hotline_is_published_by_the_organizing_unit_validated_and_guarded_by_its_version()
    {
        var id = _world.Campaign.Id;
        _world.ActAs(_world.Officer(_world.BranchA));
        var branch = await _world.HotlineAsync(s => s.GetSettingsAsync(id));
        Assert.False(branch.CanChange);
        Assert.Contains("主办单位", (await _world.HotlineAsync(s => s.SaveSettingsAsync(id, new HotlineSettingsInput
            { PhoneNumber = "0578-2125110", DutyHours = "每天 8:00—20:00" }))).Errors(), StringComparison.Ordinal);

        _world.ActAs(_world.Chair());
        var bad = await _world.HotlineAsync(s => s.SaveSettingsAsync(id, new HotlineSettingsInput { PhoneNumber = "请拨打办公室", DutyHours = "", HoursPerDay = 25 }));
        var errors = bad.Errors();
        Assert.Contains("热线号码只能包含数字", errors, StringComparison.Ordinal);
        Assert.Contains("值守时间", errors, StringComparison.Ordinal);
        Assert.Contains("每天值班小时数", errors, StringComparison.Ordinal);
        Assert.Null(await _world.HotlineAsync(s => s.LineAsync(id)));

        (await _world.HotlineAsync(s => s.SaveSettingsAsync(id, new HotlineSettingsInput { PhoneNumber = " 0578-2125110、12351 ", DutyHours = "全天24小时", HoursPerDay = 24 }))).Succeeded();
        Assert.Equal(new HotlineLine("0578-2125110、12351", "全天24小时", 24), await _world.HotlineAsync(s => s.LineAsync(id)));

        var loaded = await _world.HotlineAsync(s => s.GetSettingsAsync(id));
        Assert.True(loaded.IsSet && loaded.CanChange);
        (await _world.HotlineAsync(s => s.SaveSettingsAsync(id, loaded.Input with { DutyHours = "每天 8:00—22:00", HoursPerDay = 14 }))).Succeeded();
        // The same form saved again over the newer values: a conflict, not a silent overwrite.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _world.HotlineAsync(s => s.SaveSettingsAsync(id, loaded.Input)));
        // A form loaded empty while someone published meanwhile: also a conflict.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _world.HotlineAsync(s => s.SaveSettingsAsync(id, loaded.Input with { Version = null })));
        Assert.Equal("每天 8:00—22:00", (await _world.HotlineAsync(s => s.LineAsync(id)))!.DutyHours);
    }

    [Fact]
    public async Task A_call_needs_a_caller_a_question_a_taker_and_a_time_not_in_the_future_and_nothing_is_saved_otherwise()
    {
        var input = _world.Call(null) with
        {
            CallerName = " ",
            CallerPhone = "12345",
            Question = "",
            TakenByUserId = null,
            CalledAt = new DateTime(2025, 1, 10, 9, 30, 0),
            Outcome = CallOutcome.Answered,
            OutcomeNote = null,
        };
        var errors = (await _world.HotlineAsync(s => s.RecordAsync(input))).Errors();

        Assert.Contains("请选择来电的困难户，或填写来电人姓名。", errors, StringComparison.Ordinal);
        Assert.Contains("请填写11位手机号", errors, StringComparison.Ordinal);
        Assert.Contains("来电内容", errors, StringComparison.Ordinal);
        Assert.Contains("请选择接听人。", errors, StringComparison.Ordinal);
        Assert.Contains("来电时间不能晚于现在。", errors, StringComparison.Ordinal);
        Assert.Contains("当场解答的来电请写明答复内容。", errors, StringComparison.Ordinal);
        Assert.Equal(0, await CallCountAsync());

        // The English messages are as clear.
        var english = (await _world.HotlineAsync(s => s.RecordAsync(input), "en")).Errors();
        Assert.Contains("Choose the caller's household on file, or enter the caller's name.", english, StringComparison.Ordinal);

        // A household outside the officer's scope, and a taker who is nobody the officer may name.
        _world.ActAs(_world.Officer(_world.BranchA));
        var elsewhere = await _world.AddHouseholdAsync(_world.BranchB, "孙二");
        Assert.Contains("请选择您管理范围内的困难户。",
            (await _world.HotlineAsync(s => s.RecordAsync(_world.Call(elsewhere)))).Errors(), StringComparison.Ordinal);
        Assert.Contains("请选择接听人。",
            (await _world.HotlineAsync(s => s.RecordAsync(_world.Call(_household) with { TakenByUserId = "nobody" }))).Errors(), StringComparison.Ordinal);
        // An auditor reads only.
        _world.ActAs(_world.Auditor());
        Assert.Contains("只能查看", (await _world.HotlineAsync(s => s.RecordAsync(_world.Call(_household)))).Errors(), StringComparison.Ordinal);
        Assert.Equal(0, await CallCountAsync());
    }

    [Fact]
    public async Task Calls_are_listed_newest_first_filtered_counted_and_kept_to_the_users_scope()
    {
        _world.ActAs(_world.Officer(_world.BranchA));
        var known = await _world.RecordAsync(_world.Call(_household));
        _world.ActAs(_world.Chair());
        var anonymous = await _world.RecordAsync(_world.Call(null, "匿名来电人") with
        {
            CalledAt = HotlineSteps.Morning.AddHours(2),
            Category = HotlineCallCategory.PolicyQuestion,
            Question = "退休职工能否享受节日慰问",
            Outcome = CallOutcome.Answered,
            OutcomeNote = "已告知退休职工慰问标准和发放时间",
            TakenByUserId = _world.ChairUser.Id,
        });

        var query = new HotlineCallQuery { CampaignId = _world.Campaign.Id };
        var all = await _world.HotlineAsync(s => s.ListAsync(query, AllOnOnePage));
        Assert.Equal([anonymous, known], all.Items.Select(c => c.Id));
        Assert.Equal("钱一", all.Items[1].CallerName);
        Assert.Equal("王主席", all.Items[0].TakenByName);
        Assert.Equal(new HotlineCallTotals(2, 0, 0, 1), await _world.HotlineAsync(s => s.TotalsAsync(query)));
        Assert.Equal([known], (await _world.HotlineAsync(s => s.ListAsync(query with { Category = HotlineCallCategory.Medical }, AllOnOnePage))).Items.Select(c => c.Id));
        Assert.Equal([anonymous], (await _world.HotlineAsync(s => s.ListAsync(query with { Text = "退休" }, AllOnOnePage))).Items.Select(c => c.Id));
        Assert.Equal([known], (await _world.HotlineAsync(s => s.ListAsync(query with { Text = "钱一" }, AllOnOnePage))).Items.Select(c => c.Id));
        Assert.Equal([known], (await _world.HotlineAsync(s => s.ListAsync(query with { Outcome = CallOutcome.FollowUp }, AllOnOnePage))).Items.Select(c => c.Id));
        Assert.Empty((await _world.HotlineAsync(s => s.ListAsync(query with { From = VisitsDatabase.Today }, AllOnOnePage))).Items);
        Assert.Equal(2, (await _world.HotlineAsync(s => s.ListAsync(query with { From = new DateOnly(2025, 1, 9), To = new DateOnly(2025, 1, 9) }, AllOnOnePage))).Total);

        // The caller on file puts the call in the household's branch; the anonymous one stays with the chair's company union.
        _world.ActAs(_world.Officer(_world.BranchA));
        Assert.Equal([known], (await _world.HotlineAsync(s => s.ListAsync(query, AllOnOnePage))).Items.Select(c => c.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => _world.HotlineAsync(s => s.GetAsync(anonymous)));
        var detail = await _world.HotlineAsync(s => s.GetAsync(known));
        Assert.Equal("甲一分工会", detail.UnitName);
        Assert.Equal(new DateTime(2025, 1, 9, 2, 15, 0, DateTimeKind.Utc), detail.CalledAt);
        // 乙分工会 does not take part in the company's campaign at all.
        _world.ActAs(_world.Officer(_world.BranchB));
        await Assert.ThrowsAsync<NotFoundException>(() => _world.HotlineAsync(s => s.ListAsync(query, AllOnOnePage)));
    }

    [Fact]
    public async Task A_call_is_corrected_with_its_version_and_a_stale_form_is_a_conflict()
    {
        _world.ActAs(_world.Officer(_world.BranchA));
        var id = await _world.RecordAsync(_world.Call(null, "陌生来电"));
        var form = await _world.HotlineAsync(s => s.GetForEditAsync(id));
        Assert.Equal(HotlineSteps.Morning, form.CalledAt);

        (await _world.HotlineAsync(s => s.UpdateAsync(id, form with { HouseholdId = _household, Outcome = CallOutcome.Referred }))).Succeeded();
        var updated = await _world.HotlineAsync(s => s.GetAsync(id));
        Assert.Equal("钱一", updated.Caller);
        Assert.Equal(CallOutcome.Referred, updated.Outcome);
        Assert.True(updated.CanBecomeConcern && updated.CanBecomeApplication);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _world.HotlineAsync(s => s.UpdateAsync(id, form with { Question = "改过的内容" })));
        Assert.Equal(CallOutcome.Referred, (await _world.HotlineAsync(s => s.GetAsync(id))).Outcome);
    }
}
