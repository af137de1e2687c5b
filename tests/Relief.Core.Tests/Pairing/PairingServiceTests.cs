using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;
using Relief.Core.Features.Pairing;
using Relief.Core.Tests.Visits;

namespace Relief.Core.Tests.Pairing;

/// <summary>Pairings and help records through the real service on a migrated SQLite file.</summary>
public sealed class PairingServiceTests : IAsyncLifetime
{
    private VisitsDatabase _db = null!;
    private int _first;
    private int _second;

    public async Task InitializeAsync()
    {
        _db = await VisitsDatabase.CreateAsync();
        _first = await _db.AddHouseholdAsync(_db.BranchA, "王建国", level: HardshipLevel.Extreme);
        _second = await _db.AddHouseholdAsync(_db.BranchA, "叶秀英");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<T> Pairings<T>(Func<PairingService, Task<T>> work, string culture = "zh-CN") =>
        _db.RunAsync(sp => work(sp.GetRequiredService<PairingService>()), culture);

    private PairingInput Cadre(Action<PairingInput>? change = null)
    {
        var input = new PairingInput
        {
            OrgUnitId = _db.BranchA.Id,
            CampaignId = _db.Campaign.Id,
            HelperName = "潘建明",
            HelperTitle = "副局长",
            HelperWorkplace = "市商务局",
            PairedOn = VisitsDatabase.Today.AddDays(-20),
            HouseholdIds = [_first, _second],
        };
        change?.Invoke(input);
        return input;
    }

    private static HelpRecordInput Help(int household, HelpKind kind, Action<HelpRecordInput>? change = null)
    {
        var input = new HelpRecordInput { HouseholdId = household, Kind = kind, GivenOn = VisitsDatabase.Today.AddDays(-3) };
        change?.Invoke(input);
        return input;
    }

    private async Task<int> CreateAsync(PairingInput? input = null)
    {
        var result = await Pairings(s => s.CreateAsync(input ?? Cadre()));
        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors));
        return result.Value;
    }

    [Fact]
    public async Task A_cadre_is_paired_with_two_households_and_the_help_adds_up_by_kind_and_unit()
    {
        var id = await CreateAsync();
        foreach (var help in new[]
        {
            Help(_first, HelpKind.Money, h => h.Amount = 1000m),
            Help(_second, HelpKind.Money, h => h.Amount = 500.5m),
            Help(_first, HelpKind.Goods, h => { h.ItemName = "大米"; h.Quantity = 50m; h.Unit = "斤"; }),
            Help(_second, HelpKind.Goods, h => { h.ItemName = "食用油"; h.Quantity = 10m; h.Unit = "斤"; }),
            Help(_second, HelpKind.Goods, h => { h.ItemName = "食用油"; h.Quantity = 2m; h.Unit = "桶"; h.Amount = 999m; }),
            Help(_first, HelpKind.Job, h => h.Description = "推荐配偶到物业公司任保洁员"),
            Help(_first, HelpKind.Visit),
        })
        {
            var recorded = await Pairings(s => s.RecordHelpAsync(id, help));
            Assert.True(recorded.Succeeded, string.Join("; ", recorded.Validation.Errors));
        }

        var detail = await Pairings(s => s.GetAsync(id));
        Assert.Equal("潘建明", detail.HelperName);
        Assert.Equal(2, detail.Households.Count);
        Assert.Equal(4, detail.Households.Single(h => h.Id == _first).Help.Count);
        var totals = detail.Totals;
        Assert.Equal((1, 2, 2), (totals.Helpers, totals.Households, totals.HouseholdsHelped));
        Assert.Equal(1500.5m, totals.Money);
        Assert.Equal([("斤", 60m), ("桶", 2m)], totals.Goods.Select(g => (g.Unit, g.Quantity)));
        Assert.Equal((1, 1, 7), (totals.Jobs, totals.Visits, totals.Records));
        // The stray amount typed on a goods record is not money given.
        Assert.Null(await _db.WithDbAsync(db => db.HelpRecords.Where(r => r.Unit == "桶").Select(r => r.Amount).SingleAsync()));
    }

    [Fact]
    public async Task A_user_helper_gets_their_name_title_and_unit_filled_in()
    {
        var id = await CreateAsync(Cadre(i => { i.HelperUserId = _db.OfficerA.Id; i.HelperName = null; i.HelperTitle = null; i.HelperWorkplace = null; }));

        var pairing = await _db.WithDbAsync(db => db.HelperPairings.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal((_db.OfficerA.Id, "张干事", "工会干事", "甲一分工会"), (pairing.HelperUserId, pairing.HelperName, pairing.HelperTitle, pairing.HelperWorkplace));
        Assert.Equal(2025, pairing.Year);
    }

    [Theory]
    [InlineData("zh-CN", "帮扶金额须大于 0。")]
    [InlineData("en", "The amount must be more than 0.")]
    public async Task A_negative_amount_is_refused_in_the_users_language(string culture, string message)
    {
        var id = await CreateAsync();
        var result = await Pairings(s => s.RecordHelpAsync(id, Help(_first, HelpKind.Money, h => h.Amount = -200m)), culture);

        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal((nameof(HelpRecordInput.Amount), message), (error.PropertyName, error.ErrorMessage));
        Assert.Equal(0, await _db.WithDbAsync(db => db.HelpRecords.CountAsync()));
    }

    [Fact]
    public async Task Goods_need_an_item_a_positive_quantity_and_a_unit_and_a_job_needs_its_description()
    {
        var id = await CreateAsync();
        var goods = await Pairings(s => s.RecordHelpAsync(id, Help(_first, HelpKind.Goods, h => h.Quantity = -5m)));
        Assert.Equal(["请填写物资名称（如大米、食用油）。", "物资数量须大于 0。", "请填写数量单位（如斤、袋、桶）。"], goods.Validation.Errors.Select(e => e.ErrorMessage));
        var job = await Pairings(s => s.RecordHelpAsync(id, Help(_first, HelpKind.Job)));
        Assert.Equal("请写明落实的岗位（用工单位和岗位）。", Assert.Single(job.Validation.Errors).ErrorMessage);
        Assert.Equal(0, await _db.WithDbAsync(db => db.HelpRecords.CountAsync()));
    }

    [Fact]
    public async Task Help_goes_only_to_a_household_of_the_pairing_and_not_before_it_began()
    {
        var outsider = await _db.AddHouseholdAsync(_db.BranchA, "周小燕");
        var id = await CreateAsync();

        var notPaired = await Pairings(s => s.RecordHelpAsync(id, Help(outsider, HelpKind.Visit)));
        Assert.Equal("该户不在此结对中。", Assert.Single(notPaired.Validation.Errors).ErrorMessage);
        var early = await Pairings(s => s.RecordHelpAsync(id, Help(_first, HelpKind.Visit, h => h.GivenOn = VisitsDatabase.Today.AddDays(-30))));
        Assert.Equal("帮扶日期不能早于结对日期（2024年12月21日）。", Assert.Single(early.Validation.Errors).ErrorMessage);
    }

    [Fact]
    public async Task A_pairing_needs_a_helper_a_household_and_a_period()
    {
        var result = await Pairings(s => s.CreateAsync(Cadre(i => { i.HelperName = " "; i.HouseholdIds = []; i.CampaignId = null; i.Year = null; })));

        Assert.Equal(
            ["请选择所属活动，或填写结对年度。", "请从名单中选择帮扶人，或填写帮扶干部的姓名。", "请至少选择一户结对帮扶对象。"],
            result.Validation.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(0, await _db.WithDbAsync(db => db.HelperPairings.CountAsync()));
    }

    [Fact]
    public async Task An_unknown_unit_a_household_outside_its_tree_or_a_closed_file_is_refused()
    {
        var beside = await _db.AddHouseholdAsync(_db.BranchB, "李秀英");
        var closed = await _db.AddHouseholdAsync(_db.BranchA, "郑立新", status: HouseholdStatus.Closed);

        var unit = await Pairings(s => s.CreateAsync(Cadre(i => i.OrgUnitId = 987_654)));
        Assert.Equal("登记单位不存在、已停用或不在您的管辖范围内。", Assert.Single(unit.Validation.Errors).ErrorMessage);
        var outside = await Pairings(s => s.CreateAsync(Cadre(i => i.HouseholdIds = [_first, beside])));
        Assert.Equal("所选困难户中有不存在、不属于登记单位（含下属单位）或您无权查看的档案。", Assert.Single(outside.Validation.Errors).ErrorMessage);
        var gone = await Pairings(s => s.CreateAsync(Cadre(i => i.HouseholdIds = [closed])));
        Assert.Equal("郑立新 的档案已注销，不能结对。", Assert.Single(gone.Validation.Errors).ErrorMessage);
        var helper = await Pairings(s => s.CreateAsync(Cadre(i => i.HelperUserId = _db.OfficerB.Id)));
        Assert.Equal("所选帮扶人不在可选名单中。", Assert.Single(helper.Validation.Errors).ErrorMessage);
        Assert.Equal(0, await _db.WithDbAsync(db => db.HelperPairings.CountAsync()));
    }

    [Fact]
    public async Task The_same_helper_is_paired_once_per_period_so_they_are_never_counted_twice()
    {
        await CreateAsync(Cadre(i => i.HouseholdIds = [_first]));

        var again = await Pairings(s => s.CreateAsync(Cadre(i => i.HouseholdIds = [_second])));
        Assert.Equal("潘建明 在本期已有结对，请在原结对中增加帮扶户。", Assert.Single(again.Validation.Errors).ErrorMessage);
        // The whole year is another period; a namesake at another workplace is another person.
        await CreateAsync(Cadre(i => { i.CampaignId = null; i.Year = 2025; i.HouseholdIds = [_second]; }));
        await CreateAsync(Cadre(i => { i.HelperWorkplace = "市财政局"; i.HouseholdIds = [_second]; }));

        var totals = await Pairings(s => s.TotalsAsync(new PairingQuery { CampaignId = _db.Campaign.Id }));
        Assert.Equal(2, totals.Helpers);
        Assert.Equal(2, totals.Households);
    }

    [Fact]
    public async Task A_household_with_help_on_record_cannot_leave_the_pairing()
    {
        var id = await CreateAsync();
        await Pairings(s => s.RecordHelpAsync(id, Help(_first, HelpKind.Money, h => h.Amount = 300m)));
        var edit = await Pairings(s => s.GetForEditAsync(id));
        edit.HouseholdIds = [_second];

        var result = await Pairings(s => s.UpdateAsync(id, edit));
        Assert.Equal("王建国 已有帮扶记录，不能移出结对。", Assert.Single(result.Validation.Errors).ErrorMessage);
        edit.HouseholdIds = [_first];
        Assert.True((await Pairings(s => s.UpdateAsync(id, edit))).Succeeded);
        Assert.Equal([_first], (await Pairings(s => s.GetAsync(id))).Households.Select(h => h.Id));
    }

    [Fact]
    public async Task Two_people_editing_the_same_pairing_the_second_gets_a_conflict()
    {
        var id = await CreateAsync();
        var first = await Pairings(s => s.GetForEditAsync(id));
        var second = await Pairings(s => s.GetForEditAsync(id));
        first.HelperTitle = "局长";
        Assert.True((await Pairings(s => s.UpdateAsync(id, first))).Succeeded);

        second.HouseholdIds = [_first];
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Pairings(s => s.UpdateAsync(id, second)));
        var detail = await Pairings(s => s.GetAsync(id));
        Assert.Equal(("局长", 2), (detail.HelperTitle, detail.Households.Count));
    }

    [Fact]
    public async Task Another_branch_gets_404_and_an_auditor_changes_nothing()
    {
        var id = await CreateAsync();
        _db.ActAs(_db.Officer(_db.BranchB));
        await Assert.ThrowsAsync<NotFoundException>(() => Pairings(s => s.GetAsync(id)));
        await Assert.ThrowsAsync<NotFoundException>(() => Pairings(s => s.RecordHelpAsync(id, Help(_first, HelpKind.Visit))));
        Assert.Equal(0, (await Pairings(s => s.ListAsync(new PairingQuery(), new PageRequest()))).Total);

        _db.ActAs(new FixedCurrentUser("auditor", "auditor", _db.Company.Id, _db.Company.Path, Roles.Auditor));
        Assert.Equal(1, (await Pairings(s => s.ListAsync(new PairingQuery(), new PageRequest()))).Total);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Pairings(s => s.RecordHelpAsync(id, Help(_first, HelpKind.Visit))));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Pairings(s => s.CreateAsync(Cadre())));
    }

    [Fact]
    public async Task The_overview_lists_each_helper_with_what_they_gave()
    {
        var id = await CreateAsync();
        await Pairings(s => s.RecordHelpAsync(id, Help(_first, HelpKind.Money, h => h.Amount = 800m)));
        await Pairings(s => s.RecordHelpAsync(id, Help(_second, HelpKind.Goods, h => { h.ItemName = "大米"; h.Quantity = 25m; h.Unit = "斤"; })));

        var page = await Pairings(s => s.ListAsync(new PairingQuery { Search = "叶秀英" }, new PageRequest()));
        var item = Assert.Single(page.Items);
        Assert.Equal((2, 2, 800m), (item.HouseholdCount, item.Records, item.Money));
        Assert.Equal(("斤", 25m), (item.Goods.Single().Unit, item.Goods.Single().Quantity));
        Assert.Equal(VisitsDatabase.Today.AddDays(-3), item.LastHelpOn);
        Assert.Equal(0, (await Pairings(s => s.ListAsync(new PairingQuery { Search = "无此人" }, new PageRequest()))).Total);
    }
}
