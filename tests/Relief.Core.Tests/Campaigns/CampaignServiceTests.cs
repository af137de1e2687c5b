using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Tests.Grants;

namespace Relief.Core.Tests.Campaigns;

public sealed class CampaignServiceTests : IAsyncLifetime
{
    private WorkflowDatabase _world = null!;

    public async Task InitializeAsync() => _world = await WorkflowDatabase.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private CampaignInput Input() => new()
    {
        Name = "2026年夏送清凉活动",
        Year = 2026,
        Season = Season.SummerCooling,
        Theme = "夏送清凉 情暖职工",
        DirectiveReference = "工〔2026〕12号",
        StartsOn = new DateOnly(2026, 6, 1),
        EndsOn = new DateOnly(2026, 8, 31),
        OrgUnitId = _world.Company.Id,
        Standards =
        [
            new() { Category = HouseholdCategory.HardshipEmployee, Kind = GrantKind.HolidayCondolence, Amount = 300m },
            new() { Category = HouseholdCategory.MigrantWorker, Kind = GrantKind.InKind, Amount = 150m },
        ],
        Quotas = [new() { OrgUnitId = _world.BranchA.Id, Households = 10, Amount = 3000m }],
    };

    [Fact]
    public async Task A_campaign_is_planned_activated_and_closed_with_its_standards_and_quotas()
    {
        _world.ActAs(_world.CompanyOfficer);
        var id = (await _world.Service<CampaignService, ServiceResult<int>>(s => s.CreateAsync(Input()))).Succeeded();
        var created = await _world.Service<CampaignService, CampaignDetail>(s => s.GetAsync(id));
        Assert.Equal(CampaignStatus.Planning, created.Status);
        Assert.Equal(2, created.Standards.Count);
        Assert.Equal("甲分工会", Assert.Single(created.Quotas).UnitName);
        Assert.Empty(created.NextStatuses);
        Assert.True(created.CanChange);

        var edit = await _world.Service<CampaignService, CampaignInput>(s => s.GetForEditAsync(id));
        edit.Standards[0].Amount = 400m;
        edit.Standards.RemoveAt(1);
        edit.Standards.Add(new() { Category = HouseholdCategory.Retiree, Kind = GrantKind.HolidayCondolence, Amount = 200m });
        edit.Quotas.Add(new() { OrgUnitId = _world.BranchB.Id, Households = 5, Amount = 1500m });
        (await _world.Service<CampaignService, ServiceResult<int>>(s => s.UpdateAsync(id, edit))).Succeeded();
        var edited = await _world.Service<CampaignService, CampaignDetail>(s => s.GetAsync(id));
        Assert.Contains(edited.Standards, s => s.Category == HouseholdCategory.HardshipEmployee && s.Amount == 400m);
        Assert.Contains(edited.Standards, s => s.Category == HouseholdCategory.Retiree);
        Assert.DoesNotContain(edited.Standards, s => s.Kind == GrantKind.InKind);
        Assert.Equal(2, edited.Quotas.Count);

        // A stale form is a conflict, not a silent overwrite.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _world.Service<CampaignService, ServiceResult<int>>(s => s.UpdateAsync(id, edit)));

        // Officers do not move the status; the chair does, one step at a time.
        (await _world.Service<CampaignService, ServiceResult<int>>(s => s.ChangeStatusAsync(id, CampaignStatus.Active, edited.Version))).Refused("工会主席");
        _world.ActAs(_world.Chair);
        (await _world.Service<CampaignService, ServiceResult<int>>(s => s.ChangeStatusAsync(id, CampaignStatus.Closed, edited.Version))).Refused("不能从");
        (await _world.Service<CampaignService, ServiceResult<int>>(s => s.ChangeStatusAsync(id, CampaignStatus.Active, edited.Version))).Succeeded();
        var active = await _world.Service<CampaignService, CampaignDetail>(s => s.GetAsync(id));
        Assert.Equal([CampaignStatus.Closed], active.NextStatuses);
        (await _world.Service<CampaignService, ServiceResult<int>>(s => s.ChangeStatusAsync(id, CampaignStatus.Closed, active.Version))).Succeeded();
        var closed = await _world.Service<CampaignService, CampaignDetail>(s => s.GetAsync(id));
        Assert.False(closed.CanChange);
        Assert.Empty(closed.NextStatuses);
    }

    [Fact]
    public async Task Invalid_campaigns_are_refused_with_messages_next_to_the_fields()
    {
        _world.ActAs(_world.CompanyOfficer);
        var twice = Input() with { EndsOn = new DateOnly(2026, 5, 1) };
        twice.Standards.Add(new() { Category = HouseholdCategory.HardshipEmployee, Kind = GrantKind.HolidayCondolence, Amount = 500m });
        var result = await _world.Service<CampaignService, ServiceResult<int>>(s => s.CreateAsync(twice));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Validation.Errors, e => e.PropertyName == nameof(CampaignInput.EndsOn));
        Assert.Contains(result.Validation.Errors, e => e.PropertyName == nameof(CampaignInput.Standards));

        // A quota for a unit outside the organizing unit's tree.
        _world.ActAs(WorkflowDatabase.User(_world.BranchA, Roles.Officer));
        var outside = Input() with { OrgUnitId = _world.BranchA.Id };
        (await _world.Service<CampaignService, ServiceResult<int>>(s => s.CreateAsync(outside))).Refused("下级单位");
        _world.ActAs(_world.Auditor);
        (await _world.Service<CampaignService, ServiceResult<int>>(s => s.CreateAsync(Input()))).Refused("只能查看");
    }

    [Fact]
    public async Task Fund_sources_show_raised_committed_spent_and_balance_and_accept_donations()
    {
        await _world.PayableGrantAsync("张三明", 2000m);
        await _world.ApprovedGrantAsync("欧阳小明", 1500m);
        _world.ActAs(_world.CompanyOfficer);
        var payable = await _world.WithDbAsync(db => db.Grants.Where(g => g.Status == GrantStatus.Payable).Select(g => g.Id).SingleAsync());
        (await _world.Service<DisbursementService, ServiceResult<int>>(s => s.PayAsync(WorkflowSteps.Payment(payable)))).Succeeded();

        var funds = await _world.Service<FundSourceService, IReadOnlyList<FundSourceLine>>(s => s.ListAsync(_world.CampaignId));
        var own = funds.Single(f => f.Id == _world.OwnFundsId);
        Assert.Equal((20_000m, 1500m, 2000m, 16_500m), (own.Amount, own.Committed, own.Spent, own.Balance));

        var donation = new FundSourceInput { Kind = FundSourceKind.OwnFunds, Name = "职工爱心捐款", Amount = 5000m, ReceivedOn = WorkflowDatabase.Today };
        (await _world.Service<FundSourceService, ServiceResult<int>>(s => s.RecordDonationAsync(_world.CampaignId, donation))).Refused("捐赠方");
        var donationId = (await _world.Service<FundSourceService, ServiceResult<int>>(s =>
            s.RecordDonationAsync(_world.CampaignId, donation with { Donor = "公司全体职工" }))).Succeeded();
        var recorded = await _world.FundAsync(donationId);
        Assert.Equal(FundSourceKind.Donation, recorded.Kind);

        // A source cannot shrink below what it already carries.
        var edit = await _world.Service<FundSourceService, FundSourceInput>(s => s.GetForEditAsync(_world.OwnFundsId));
        (await _world.Service<FundSourceService, ServiceResult<int>>(s => s.UpdateAsync(_world.OwnFundsId, edit with { Amount = 3000m }))).Refused("3,500.00");
        (await _world.Service<FundSourceService, ServiceResult<int>>(s => s.UpdateAsync(_world.OwnFundsId, edit with { Amount = 25_000m }))).Succeeded();

        // A branch works in the company's campaign but does not manage its money.
        _world.ActAs(_world.OfficerA);
        (await _world.Service<FundSourceService, ServiceResult<int>>(s => s.AddAsync(_world.CampaignId, donation with { Donor = "某" }))).Refused("主办单位");
        Assert.Equal(3, (await _world.Service<FundSourceService, IReadOnlyList<FundSourceLine>>(s => s.ListAsync(_world.CampaignId))).Count);
    }

    [Fact]
    public async Task The_list_counts_the_users_own_applications_and_sums_the_campaigns_money_in_the_database()
    {
        await _world.PayableGrantAsync("张三明", 2000m);
        await _world.ApprovedGrantAsync("王五", 1500m);
        await _world.ApplyAsync("李四", 800m, category: HouseholdCategory.HardshipEmployee);
        var payable = await _world.WithDbAsync(db => db.Grants.Where(g => g.Status == GrantStatus.Payable).Select(g => g.Id).SingleAsync());
        _world.ActAs(_world.CompanyOfficer);
        (await _world.Service<DisbursementService, ServiceResult<int>>(s => s.PayAsync(WorkflowSteps.Payment(payable)))).Succeeded();

        _world.ActAs(_world.Chair);
        var company = Assert.Single(await _world.Service<CampaignService, IReadOnlyList<CampaignListItem>>(s => s.ListAsync()));
        Assert.Equal((3, 2, 3500m), (company.Applications, company.Approved, company.ApprovedAmount));
        Assert.Equal((22_500m, 1500m, 2000m, 19_000m), (company.Raised, company.Committed, company.Spent, company.Balance));

        // 甲分工会 sees the company's campaign with its own two applications; the money is the campaign's.
        _world.ActAs(_world.OfficerA);
        var branch = Assert.Single(await _world.Service<CampaignService, IReadOnlyList<CampaignListItem>>(s => s.ListAsync()));
        Assert.Equal((2, 1, 2000m), (branch.Applications, branch.Approved, branch.ApprovedAmount));
        Assert.Equal(22_500m, branch.Raised);
    }
}
