using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Tests.Grants;

/// <summary>The application list's sorting and totals, and what the application form is told before anything is typed.</summary>
public sealed class GrantListAndContextTests : IAsyncLifetime
{
    private WorkflowDatabase _world = null!;

    public async Task InitializeAsync() => _world = await WorkflowDatabase.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private async Task<IReadOnlyList<string>> NamesAsync(GrantQuery query, int page = 1, int size = 25)
    {
        _world.ActAs(_world.Chair);
        var result = await _world.Service<GrantService, PagedResult<GrantListItem>>(s => s.ListAsync(query, new PageRequest(page, size)));
        return result.Items.Select(i => i.HouseholdName).ToList();
    }

    [Fact]
    public async Task The_list_sorts_by_amount_name_and_unit_in_both_directions_and_pages_stably()
    {
        await _world.ApplyAsync("张三明", 1200m);
        await _world.ApplyAsync("欧阳小明", 2000m);
        await _world.ApplyAsync("王五", 600m);
        await _world.ApplyAsync("李四", 900m, category: HouseholdCategory.HardshipEmployee);

        var byAmount = new GrantQuery { CampaignId = _world.CampaignId, Sort = GrantSort.Amount };
        Assert.Equal(["王五", "李四", "张三明", "欧阳小明"], await NamesAsync(byAmount));
        Assert.Equal(["欧阳小明", "张三明", "李四", "王五"], await NamesAsync(byAmount with { Descending = true }));
        // Page two of two-row pages continues where page one stopped.
        Assert.Equal(["张三明", "欧阳小明"], await NamesAsync(byAmount, page: 2, size: 2));

        var byUnit = await NamesAsync(new GrantQuery { CampaignId = _world.CampaignId, Sort = GrantSort.Unit });
        // Unit names compare as the database compares text (乙 before 甲 in code-point order); what matters is that units stay together.
        Assert.Equal("王五", byUnit[0]);
        Assert.Equal("王五", (await NamesAsync(new GrantQuery { CampaignId = _world.CampaignId, Sort = GrantSort.Unit, Descending = true }))[^1]);
        // Blank sort: newest application first (all applied today, so the last one made).
        Assert.Equal("李四", (await NamesAsync(new GrantQuery { CampaignId = _world.CampaignId }))[0]);

        _world.ActAs(_world.Chair);
        var totals = await _world.Service<GrantService, GrantTotals>(s => s.TotalsAsync(new GrantQuery { CampaignId = _world.CampaignId, OrgUnitId = _world.BranchA.Id }));
        Assert.Equal((3, 3, 4100m), (totals.Count, totals.Households, totals.TotalAmount));
    }

    [Fact]
    public async Task The_totals_are_exact_to_the_fen_for_cash_in_kind_and_all_and_zero_when_nothing_matches()
    {
        foreach (var name in new[] { "张三明", "欧阳小明", "王五" }) await _world.ApplyAsync(name);
        _world.ActAs(_world.Chair);
        // Amounts no binary fraction holds, and enough of them for rounding errors to show if the sums were not exact.
        await _world.WithDbAsync(async db =>
        {
            var amounts = new (decimal Cash, decimal InKind)[] { (1234.56m, 0.07m), (0.01m, 999999.99m), (2000.10m, 333.33m) };
            var grants = await db.Grants.OrderBy(g => g.Id).ToListAsync();
            foreach (var (grant, (cash, inKind)) in grants.Zip(amounts))
            {
                grant.CashAmount = cash;
                grant.InKindValue = inKind;
                grant.TotalAmount = cash + inKind;
            }
            return await db.SaveChangesAsync();
        });

        var all = new GrantQuery { CampaignId = _world.CampaignId };
        var totals = await _world.Service<GrantService, GrantTotals>(s => s.TotalsAsync(all));
        var direct = await _world.WithDbAsync(async db => await db.Grants.Where(g => g.CampaignId == _world.CampaignId).ToListAsync());
        Assert.Equal(
            (direct.Count, direct.Select(g => g.HouseholdId).Distinct().Count(), direct.Sum(g => g.CashAmount), direct.Sum(g => g.InKindValue), direct.Sum(g => g.TotalAmount)),
            (totals.Count, totals.Households, totals.CashAmount, totals.InKindValue, totals.TotalAmount));
        Assert.Equal(1003568.06m, totals.TotalAmount);

        // Filtered, households are counted among the matching grants; unfiltered, they come from the campaign's tallies.
        var branch = await _world.Service<GrantService, GrantTotals>(s => s.TotalsAsync(all with { OrgUnitId = _world.BranchA.Id, Kind = GrantKind.HardshipSubsidy }));
        var branchDirect = await _world.WithDbAsync(async db => await db.Grants
            .Where(g => g.CampaignId == _world.CampaignId && g.OrgUnitId == _world.BranchA.Id && g.Kind == GrantKind.HardshipSubsidy).ToListAsync());
        Assert.Equal((branchDirect.Count, branchDirect.Select(g => g.HouseholdId).Distinct().Count(), branchDirect.Sum(g => g.TotalAmount)),
            (branch.Count, branch.Households, branch.TotalAmount));

        var none = await _world.Service<GrantService, GrantTotals>(s => s.TotalsAsync(all with { Search = "无此人" }));
        Assert.Equal(new GrantTotals(0, 0, 0m, 0m, 0m), none);
    }

    [Fact]
    public async Task The_form_is_told_the_standards_existing_grants_another_units_help_and_who_may_apply()
    {
        var existing = await _world.ApplyAsync("张三明", 1500m);
        // The company applied directly for the same household's illness aid: a cross-level grant.
        _world.ActAs(_world.CompanyOfficer);
        var direct = _world.Application("张三明", GrantKind.SeriousIllnessAid, HouseholdCategory.SeriousIllness, 3000m) with { OrgUnitId = _world.Company.Id };
        (await _world.Service<GrantService, ServiceResult<int>>(s => s.ApplyAsync(direct))).Succeeded();

        _world.ActAs(_world.OfficerA);
        var context = await _world.Service<GrantService, ApplicationContext>(s => s.GetApplicationContextAsync(_world.Households["张三明"], _world.CampaignId));
        Assert.Null(context.Refusal);
        Assert.Equal("甲分工会", context.UnitName);
        Assert.Equal(2000m, context.StandardFor(HouseholdCategory.ExtremeHardshipEmployee, GrantKind.HardshipSubsidy));
        Assert.Equal(3000m, context.StandardFor(HouseholdCategory.SeriousIllness, GrantKind.SeriousIllnessAid));
        Assert.Null(context.StandardFor(HouseholdCategory.Retiree, GrantKind.HolidayCondolence));
        Assert.Equal(2, context.Existing.Count);
        Assert.True(context.Existing.Single(e => e.Id == existing).InScope);
        Assert.False(context.Existing.Single(e => e.Kind == GrantKind.SeriousIllnessAid).InScope);
        Assert.Contains("公司工会", context.HelpedElsewhere, StringComparison.Ordinal);
        // The branch officer applies only as the branch; the company's officer may also apply as the company.
        Assert.Equal([_world.BranchA.Id], context.ApplyingUnits.Select(u => u.Id));
        _world.ActAs(_world.CompanyOfficer);
        var fromAbove = await _world.Service<GrantService, ApplicationContext>(s => s.GetApplicationContextAsync(_world.Households["张三明"], _world.CampaignId));
        Assert.Equal([_world.BranchA.Id, _world.Company.Id], fromAbove.ApplyingUnits.Select(u => u.Id));

        // Read-only roles and closed campaigns are told why before they type anything.
        _world.ActAs(_world.Auditor);
        var audited = await _world.Service<GrantService, ApplicationContext>(s => s.GetApplicationContextAsync(_world.Households["张三明"], _world.CampaignId));
        Assert.Contains("只能查看", audited.Refusal, StringComparison.Ordinal);
        await _world.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.FindAsync(_world.CampaignId);
            campaign!.Status = CampaignStatus.Closed;
            return await db.SaveChangesAsync();
        });
        _world.ActAs(_world.OfficerA);
        var closed = await _world.Service<GrantService, ApplicationContext>(s => s.GetApplicationContextAsync(_world.Households["张三明"], _world.CampaignId));
        Assert.Contains("已结束", closed.Refusal, StringComparison.Ordinal);

        // Another branch's household is not found, not described.
        _world.ActAs(_world.OfficerA);
        await Assert.ThrowsAsync<NotFoundException>(() =>
            _world.Service<GrantService, ApplicationContext>(s => s.GetApplicationContextAsync(_world.Households["王五"], _world.CampaignId)));
    }

    [Fact]
    public async Task The_one_per_kind_refusal_names_the_existing_grant_with_its_date_written_as_the_ui_writes_dates()
    {
        var first = await _world.ApplyAsync("欧阳小明", 1000m);
        _world.ActAs(_world.OfficerA);
        var again = await _world.Service<GrantService, ServiceResult<int>>(s =>
            s.ApplyAsync(_world.Application("欧阳小明", GrantKind.HardshipSubsidy, HouseholdCategory.ExtremeHardshipEmployee, 500m)));
        var today = WorkflowDatabase.Today;
        again.Refused($"编号 {first}，甲分工会，{today.Year}年{today.Month}月{today.Day}日 申请");
    }
}
