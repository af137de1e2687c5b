using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;
using Relief.Core.Tests.Visits;

namespace Relief.Core.Tests.Hotline;

/// <summary>A call becomes a concern or an application in one step, linked both ways, and a refusal leaves nothing half-saved.</summary>
public sealed class HotlineConversionTests : IAsyncLifetime
{
    private VisitsDatabase _world = null!;
    private int _household;

    public async Task InitializeAsync()
    {
        _world = await VisitsDatabase.CreateAsync();
        _household = await _world.AddHouseholdAsync(_world.BranchA, "钱一");
        await _world.AddCategoryAsync(_household, HouseholdCategory.SeriousIllness);
        _world.ActAs(_world.Officer(_world.BranchA));
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private Task<string> StateAsync() => _world.WithDbAsync(async db =>
        $"concerns {await db.Concerns.CountAsync()} grants {await db.Grants.CountAsync()} audit {await db.AuditEntries.CountAsync()} "
        + string.Join(",", await db.HotlineCalls.OrderBy(c => c.Id).Select(c => $"{c.Id}:{c.ConcernId}:{c.GrantId}:{c.Outcome}:{c.Version}").ToListAsync()));

    [Fact]
    public async Task A_call_becomes_a_concern_in_one_step_and_each_points_to_the_other()
    {
        var callId = await _world.RecordAsync(_world.Call(_household));
        var call = await _world.HotlineAsync(s => s.GetAsync(callId));
        var suggested = await _world.ConversionAsync(s => s.NewConcernAsync(callId));
        Assert.Equal(ConcernCategory.Medical, suggested.Category);
        Assert.Equal(new DateOnly(2025, 1, 9), suggested.RaisedOn);
        Assert.Equal(new DateOnly(2025, 2, 8), suggested.DueOn);
        Assert.Equal(_world.OfficerA.Id, suggested.OwnerUserId);

        var concernId = (await _world.ConversionAsync(s => s.ToConcernAsync(callId, suggested with { Description = "协助申请职工医疗互助保障" }, call.Version))).Succeeded();

        var concern = await _world.ConcernsAsync(s => s.GetAsync(concernId));
        Assert.Equal((_household, _world.Campaign.Id, new DateOnly(2025, 1, 9)), (concern.HouseholdId, concern.CampaignId!.Value, concern.RaisedOn));
        Assert.Equal("协助申请职工医疗互助保障", concern.Description);
        var after = await _world.HotlineAsync(s => s.GetAsync(callId));
        Assert.Equal(concernId, after.ConcernId);
        Assert.Equal(ConcernStatus.Open, after.ConcernStatus);
        // The follow-up now lives in the concern.
        Assert.Equal(CallOutcome.Referred, after.Outcome);
        Assert.False(after.CanBecomeConcern);
        var source = await _world.RunAsync(sp => sp.GetRequiredService<HotlineSourceQuery>().ForConcernAsync(concernId));
        Assert.Equal((callId, "钱一", HotlineCallCategory.Medical), (source!.CallId, source.CallerName, source.Category));
        Assert.Null(await _world.RunAsync(sp => sp.GetRequiredService<HotlineSourceQuery>().ForGrantAsync(concernId)));

        var before = await StateAsync();
        Assert.Contains($"已转为诉求（编号 {concernId}）", (await _world.ConversionAsync(s => s.ToConcernAsync(callId, suggested, after.Version))).Errors(), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task A_call_becomes_an_application_and_a_refused_application_leaves_neither_grant_nor_link()
    {
        var callId = await _world.RecordAsync(_world.Call(_household) with { Category = HotlineCallCategory.ReliefRequest });
        var version = (await _world.HotlineAsync(s => s.GetAsync(callId))).Version;
        var suggested = await _world.ConversionAsync(s => s.NewApplicationAsync(callId));
        Assert.Equal((GrantKind.Emergency, HouseholdCategory.SeriousIllness), (suggested.Kind, suggested.Category));
        Assert.Equal("配偶住院费用高，询问大病救助怎么申请", suggested.Reason);

        var before = await StateAsync();
        Assert.Contains("请填写现金金额或慰问物品。", (await _world.ConversionAsync(s => s.ToApplicationAsync(callId, suggested, version))).Errors(), StringComparison.Ordinal);
        Assert.Contains("对象类别", (await _world.ConversionAsync(s => s.ToApplicationAsync(callId,
            suggested with { CashAmount = 800m, Category = HouseholdCategory.Retiree }, version))).Errors(), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());

        var grantId = (await _world.ConversionAsync(s => s.ToApplicationAsync(callId, suggested with { CashAmount = 800m }, version))).Succeeded();
        var grant = await _world.WithDbAsync(db => db.Grants.AsNoTracking().SingleAsync(g => g.Id == grantId));
        Assert.Equal((GrantStatus.Applied, _household, 800m, GrantKind.Emergency), (grant.Status, grant.HouseholdId, grant.TotalAmount, grant.Kind));
        var after = await _world.HotlineAsync(s => s.GetAsync(callId));
        Assert.Equal((grantId, GrantStatus.Applied, 800m), (after.GrantId, after.GrantStatus, after.GrantAmount));
        var source = await _world.RunAsync(sp => sp.GetRequiredService<HotlineSourceQuery>().ForGrantAsync(grantId));
        Assert.Equal(callId, source!.CallId);

        // A second call of the same household asking for the same kind meets the one-grant-per-kind rule, named.
        var second = await _world.RecordAsync(_world.Call(_household) with { Category = HotlineCallCategory.ReliefRequest });
        var secondVersion = (await _world.HotlineAsync(s => s.GetAsync(second))).Version;
        Assert.Contains($"编号 {grantId}", (await _world.ConversionAsync(s => s.ToApplicationAsync(second, suggested with { CashAmount = 500m }, secondVersion))).Errors(),
            StringComparison.Ordinal);
        Assert.Null((await _world.HotlineAsync(s => s.GetAsync(second))).GrantId);
    }

    [Fact]
    public async Task A_call_without_a_household_or_changed_meanwhile_is_not_converted_and_nothing_is_left_behind()
    {
        var anonymous = await _world.RecordAsync(_world.Call(null, "陌生来电"));
        var anonymousVersion = (await _world.HotlineAsync(s => s.GetAsync(anonymous))).Version;
        var concern = new ConcernInput { Category = ConcernCategory.Living, Description = "生活困难", OwnerUserId = _world.OfficerA.Id, DueOn = new DateOnly(2025, 2, 1) };
        Assert.Contains("尚未关联困难户档案", (await _world.ConversionAsync(s => s.ToConcernAsync(anonymous, concern, anonymousVersion))).Errors(), StringComparison.Ordinal);
        Assert.False((await _world.HotlineAsync(s => s.GetAsync(anonymous))).CanBecomeApplication);

        var callId = await _world.RecordAsync(_world.Call(_household));
        var seen = (await _world.HotlineAsync(s => s.GetAsync(callId))).Version;
        var form = await _world.HotlineAsync(s => s.GetForEditAsync(callId));
        (await _world.HotlineAsync(s => s.UpdateAsync(callId, form with { OutcomeNote = "已回电" }))).Succeeded();

        var before = await StateAsync();
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _world.ConversionAsync(s => s.ToConcernAsync(callId, concern, seen)));
        // The concern saved inside the conversion was rolled back with the link.
        Assert.Equal(before, await StateAsync());

        // Once converted, the household of the call stays.
        var current = (await _world.HotlineAsync(s => s.GetAsync(callId))).Version;
        (await _world.ConversionAsync(s => s.ToConcernAsync(callId, concern, current))).Succeeded();
        var edit = await _world.HotlineAsync(s => s.GetForEditAsync(callId));
        var other = await _world.AddHouseholdAsync(_world.BranchA, "周三");
        Assert.Contains("来电人档案不能再更改", (await _world.HotlineAsync(s => s.UpdateAsync(callId, edit with { HouseholdId = other }))).Errors(), StringComparison.Ordinal);

        // Someone outside the scope cannot even see the call to convert it.
        _world.ActAs(_world.Officer(_world.BranchB));
        await Assert.ThrowsAsync<NotFoundException>(() => _world.ConversionAsync(s => s.NewConcernAsync(callId)));
    }
}
