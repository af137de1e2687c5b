using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Features.Visits;

namespace Relief.Core.Tests.Visits;

public sealed class ConcernServiceTests : IAsyncLifetime
{
    private static readonly PageRequest AllOnOnePage = new(1, PageRequest.MaxSize);
    private static readonly DateOnly Today = VisitsDatabase.Today;
    private VisitsDatabase _db = null!;
    private int _household;

    public async Task InitializeAsync()
    {
        _db = await VisitsDatabase.CreateAsync();
        _household = await _db.AddHouseholdAsync(_db.BranchA, "钱一");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private ConcernInput Concern(DateOnly dueOn, string? owner = null) => new()
    {
        HouseholdId = _household,
        Category = ConcernCategory.Housing,
        Description = "老房屋顶漏雨，希望协助申请危房改造补助",
        RaisedOn = Today.AddDays(-20),
        OwnerUserId = owner ?? _db.OfficerA.Id,
        DueOn = dueOn,
    };

    private async Task<int> CreateAsync(ConcernInput input)
    {
        var result = await _db.ConcernsAsync(s => s.CreateAsync(input));
        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors));
        return result.Value;
    }

    private async Task<ServiceResult<int>> UpdateAsync(int id, Func<ConcernUpdateInput, ConcernUpdateInput> change)
    {
        var input = await _db.ConcernsAsync(s => s.GetForEditAsync(id));
        return await _db.ConcernsAsync(s => s.UpdateAsync(id, change(input)));
    }

    [Fact]
    public void Overdue_means_unresolved_and_past_the_due_date()
    {
        Assert.Equal(0, ConcernService.DaysOverdue(ConcernStatus.Open, Today, Today));
        Assert.Equal(1, ConcernService.DaysOverdue(ConcernStatus.Open, Today.AddDays(-1), Today));
        Assert.Equal(5, ConcernService.DaysOverdue(ConcernStatus.InProgress, Today.AddDays(-5), Today));
        Assert.Equal(0, ConcernService.DaysOverdue(ConcernStatus.Resolved, Today.AddDays(-5), Today));
        Assert.True(new Concern { Description = "", OwnerName = "", DueOn = Today.AddDays(-1), Status = ConcernStatus.Open }.IsOverdue(Today));
        Assert.False(new Concern { Description = "", OwnerName = "", DueOn = Today.AddDays(-1), Status = ConcernStatus.Resolved }.IsOverdue(Today));
    }

    [Fact]
    public async Task The_overdue_list_holds_only_unresolved_concerns_past_their_due_date()
    {
        var overdue = await CreateAsync(Concern(Today.AddDays(-3)));
        var dueToday = await CreateAsync(Concern(Today));
        var resolvedLate = await CreateAsync(Concern(Today.AddDays(-10)));
        Assert.True((await UpdateAsync(resolvedLate, c => c with { Status = ConcernStatus.Resolved, Resolution = "已协调村委会维修", ResolvedOn = Today })).Succeeded);

        var list = await _db.ConcernsAsync(s => s.ListAsync(new ConcernQuery { View = ConcernView.Overdue }, AllOnOnePage));
        var unresolved = await _db.ConcernsAsync(s => s.ListAsync(new ConcernQuery { View = ConcernView.Unresolved }, AllOnOnePage));
        var resolved = await _db.ConcernsAsync(s => s.ListAsync(new ConcernQuery { View = ConcernView.Resolved }, AllOnOnePage));

        var item = Assert.Single(list.Items);
        Assert.Equal(overdue, item.Id);
        Assert.Equal(3, item.DaysOverdue);
        Assert.True(item.IsOverdue);
        Assert.Equal([overdue, dueToday], unresolved.Items.Select(c => c.Id));
        Assert.False(unresolved.Items[1].IsOverdue);
        Assert.Equal([resolvedLate], resolved.Items.Select(c => c.Id));
        Assert.False(resolved.Items[0].IsOverdue);
    }

    [Fact]
    public async Task Each_owner_sees_their_own_and_the_chair_sees_every_owners_load()
    {
        await CreateAsync(Concern(Today.AddDays(-3)));
        await CreateAsync(Concern(Today.AddDays(5)));
        await CreateAsync(Concern(Today.AddDays(-1), owner: _db.ChairUser.Id));

        var mine = await _db.ConcernsAsync(s => s.ListAsync(new ConcernQuery { OwnerUserId = _db.OfficerA.Id }, AllOnOnePage));
        Assert.Equal(2, mine.Total);
        Assert.Equal((2, 1), await _db.ConcernsAsync(s => s.CountForOwnerAsync(_db.OfficerA.Id)));

        _db.ActAs(_db.Chair());
        var load = await _db.ConcernsAsync(s => s.OwnerLoadAsync());
        Assert.Equal([new OwnerLoad(_db.OfficerA.Id, "张干事", 2, 1), new OwnerLoad(_db.ChairUser.Id, "王主席", 1, 1)], load);
        Assert.Equal(3, (await _db.ConcernsAsync(s => s.ListAsync(new ConcernQuery(), AllOnOnePage))).Total);
    }

    [Fact]
    public async Task A_concern_moves_open_to_in_progress_to_resolved_with_its_resolution_and_never_back()
    {
        var id = await CreateAsync(Concern(Today.AddDays(10)));

        Assert.True((await UpdateAsync(id, c => c with { Status = ConcernStatus.InProgress })).Succeeded);
        var withoutResolution = await UpdateAsync(id, c => c with { Status = ConcernStatus.Resolved, Resolution = " " });
        Assert.Contains(withoutResolution.Validation.Errors, e => e.PropertyName == nameof(ConcernUpdateInput.Resolution));
        Assert.True((await UpdateAsync(id, c => c with { Status = ConcernStatus.Resolved, Resolution = "已申请危房改造补助", ResolvedOn = Today })).Succeeded);
        var reopened = await UpdateAsync(id, c => c with { Status = ConcernStatus.Open });

        Assert.Equal("诉求不能从“已解决”改为“待处理”。", Assert.Single(reopened.Validation.Errors).ErrorMessage);
        var detail = await _db.ConcernsAsync(s => s.GetAsync(id));
        Assert.Equal(ConcernStatus.Resolved, detail.Status);
        Assert.Equal("已申请危房改造补助", detail.Resolution);
        Assert.Equal(Today, detail.ResolvedOn);
    }

    [Fact]
    public async Task A_stale_edit_is_a_conflict()
    {
        var id = await CreateAsync(Concern(Today.AddDays(10)));
        var stale = await _db.ConcernsAsync(s => s.GetForEditAsync(id));
        Assert.True((await UpdateAsync(id, c => c with { DueOn = Today.AddDays(20) })).Succeeded);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            _db.ConcernsAsync(s => s.UpdateAsync(id, stale with { Status = ConcernStatus.InProgress })));
    }

    [Fact]
    public async Task A_concern_raised_during_a_visit_takes_its_date_and_campaign()
    {
        var visit = await _db.VisitsAsync(s => s.RecordAsync(new VisitInput
        {
            CampaignId = _db.Campaign.Id, OrgUnitId = _db.BranchA.Id, Kind = VisitKind.Phone, VisitedOn = Today.AddDays(-2), HouseholdIds = [_household],
        }));

        var input = await _db.ConcernsAsync(s => s.NewAsync(_household, visit.Value));
        var id = await CreateAsync(input with { Description = "希望定期电话联系" });

        var detail = await _db.ConcernsAsync(s => s.GetAsync(id));
        Assert.Equal(visit.Value, detail.VisitId);
        Assert.Equal(Today.AddDays(-2), detail.RaisedOn);
        Assert.Equal(_db.Campaign.Id, detail.CampaignId);
        Assert.Equal("张干事", detail.OwnerName);
        var onVisit = await _db.VisitsAsync(s => s.GetAsync(visit.Value));
        Assert.Equal([id], onVisit.Concerns.Select(c => c.Id));
    }

    [Fact]
    public async Task A_concern_needs_an_owner_the_user_can_name_and_a_due_date_after_it_was_raised()
    {
        var noOwner = await _db.ConcernsAsync(s => s.CreateAsync(Concern(Today) with { OwnerUserId = null }));
        var early = await _db.ConcernsAsync(s => s.CreateAsync(Concern(Today.AddDays(-30))));
        var otherBranchOwner = await _db.ConcernsAsync(s => s.CreateAsync(Concern(Today, owner: _db.OfficerB.Id)));

        Assert.Contains(noOwner.Validation.Errors, e => e.PropertyName == nameof(ConcernInput.OwnerUserId));
        Assert.Contains(early.Validation.Errors, e => e.PropertyName == nameof(ConcernInput.DueOn));
        Assert.Contains(otherBranchOwner.Validation.Errors, e => e.PropertyName == nameof(ConcernInput.OwnerUserId));
        Assert.Equal(0, await _db.WithDbAsync(db => db.Concerns.CountAsync()));
    }

    [Fact]
    public async Task An_officer_of_another_branch_gets_not_found()
    {
        var id = await CreateAsync(Concern(Today.AddDays(-3)));

        _db.ActAs(_db.Officer(_db.BranchB));

        await Assert.ThrowsAsync<NotFoundException>(() => _db.ConcernsAsync(s => s.GetAsync(id)));
        await Assert.ThrowsAsync<NotFoundException>(() => _db.ConcernsAsync(s => s.GetForEditAsync(id)));
        await Assert.ThrowsAsync<NotFoundException>(() => _db.ConcernsAsync(s => s.NewAsync(_household, null)));
        Assert.Equal(0, (await _db.ConcernsAsync(s => s.ListAsync(new ConcernQuery { View = ConcernView.All }, AllOnOnePage))).Total);
    }
}
