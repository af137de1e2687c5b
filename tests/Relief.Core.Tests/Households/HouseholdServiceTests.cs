using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;

namespace Relief.Core.Tests.Households;

public sealed class HouseholdServiceTests : IAsyncLifetime
{
    // Not new PageRequest(): a parameterless struct constructor skips the record's defaults and gives page size 0.
    private static readonly PageRequest AllOnOnePage = new(1, PageRequest.MaxSize);

    private RegistryDatabase _db = null!;

    public async Task InitializeAsync() => _db = await RegistryDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<ServiceResult<int>> CreateAsync(HouseholdInput input) =>
        _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().CreateAsync(input));

    private async Task<int> CreatedAsync(HouseholdInput input)
    {
        var result = await CreateAsync(input);
        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors.Select(e => e.ErrorMessage)));
        return result.Value;
    }

    [Fact]
    public async Task Creating_a_file_stores_the_ID_number_protected_and_derives_birth_date_and_gender()
    {
        _db.ActAs(RegistryDatabase.Officer(_db.CompanyA));
        var idNumber = Inputs.IdNumber(13);
        var id = await CreatedAsync(Inputs.Household(_db.BranchA1.Id, "王建国", idNumber));

        var stored = await _db.WithDbAsync(db => db.Households.Include(h => h.StatusHistory).Include(h => h.Members).SingleAsync(h => h.Id == id));
        Assert.NotEqual(idNumber, stored.IdNumberCipher);
        Assert.DoesNotContain(idNumber, stored.IdNumberHash, StringComparison.Ordinal);
        Assert.Equal(ResidentIdNumber.Mask(idNumber), stored.IdNumberMasked);
        Assert.Equal(new DateOnly(1975, 3, 8), stored.BirthDate);
        Assert.Equal(Gender.Male, stored.Gender);
        Assert.Equal(HouseholdStatus.Active, stored.Status);
        Assert.Single(stored.StatusHistory);
        Assert.Single(stored.Members);

        var audit = await _db.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(Household)).SingleAsync());
        Assert.DoesNotContain(idNumber, audit.NewValues ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_validator_explains_bad_ID_numbers_and_phones_in_Chinese()
    {
        var input = Inputs.Household(_db.BranchA1.Id, "李四", "110105491231002") with { Phone = "12345" };
        var result = await _db.RunAsync(sp => sp.GetRequiredService<IValidator<HouseholdInput>>().ValidateAsync(input));
        Assert.Contains(result.Errors, e => e.PropertyName == nameof(HouseholdInput.IdNumber) && e.ErrorMessage.Contains("15位", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.PropertyName == nameof(HouseholdInput.Phone) && e.ErrorMessage.Contains("手机号", StringComparison.Ordinal));

        var english = await _db.RunAsync(sp => sp.GetRequiredService<IValidator<HouseholdInput>>().ValidateAsync(input), "en");
        Assert.Contains(english.Errors, e => e.ErrorMessage.Contains("15-digit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_file_per_person_across_the_whole_system_naming_only_a_unit_the_user_may_know()
    {
        var idNumber = Inputs.IdNumber(21);
        _db.ActAs(RegistryDatabase.Officer(_db.CompanyA));
        await CreatedAsync(Inputs.Household(_db.BranchA1.Id, "张三", idNumber));

        // An officer of branch B cannot see branch A1: told only that the person is on file elsewhere and which unit
        // above both to ask, never the unit holding it nor anything of the file.
        _db.ActAs(RegistryDatabase.Officer(_db.BranchB));
        var second = await CreateAsync(Inputs.Household(_db.BranchB.Id, "张三", idNumber.ToLowerInvariant()));
        Assert.False(second.Succeeded);
        var error = Assert.Single(second.Validation.Errors);
        Assert.Equal(nameof(HouseholdInput.IdNumber), error.PropertyName);
        Assert.Equal("此人已在其他单位建有档案，一人只能有一份档案。如需了解，请向“市总工会”查询。", error.ErrorMessage);
        var english = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().CreateAsync(Inputs.Household(_db.BranchB.Id, "张三", idNumber)), "en");
        Assert.Equal("This person already has a file with another unit; a person can have only one file. To find out more, ask 市总工会.",
            Assert.Single(english.Validation.Errors).ErrorMessage);

        // The company union above branch A1 has the file in its scope: it is told the branch by name.
        _db.ActAs(RegistryDatabase.Officer(_db.CompanyA));
        var third = await CreateAsync(Inputs.Household(_db.CompanyA.Id, "张三", idNumber));
        Assert.Equal("此人已在“甲一分工会”建有档案，一人只能有一份档案。", Assert.Single(third.Validation.Errors).ErrorMessage);
        Assert.Equal(1, await _db.WithDbAsync(db => db.Households.OutsideUnitScope().CountAsync()));
    }

    [Fact]
    public async Task Creating_in_a_unit_outside_scope_is_refused()
    {
        _db.ActAs(RegistryDatabase.Officer(_db.BranchB));
        var result = await CreateAsync(Inputs.Household(_db.BranchA1.Id, "赵六", Inputs.IdNumber(31)));
        Assert.False(result.Succeeded);
        Assert.Equal(nameof(HouseholdInput.OrgUnitId), Assert.Single(result.Validation.Errors).PropertyName);
    }

    [Fact]
    public async Task An_officer_never_sees_another_branchs_household_in_file_list_or_export()
    {
        _db.ActAs(SystemActor.For("test set-up"));
        var inA = await CreatedAsync(Inputs.Household(_db.BranchA1.Id, "甲户", Inputs.IdNumber(41)));
        var inB = await CreatedAsync(Inputs.Household(_db.BranchB.Id, "乙户", Inputs.IdNumber(42)));

        _db.ActAs(RegistryDatabase.Officer(_db.BranchA1));
        await Assert.ThrowsAsync<NotFoundException>(() => _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetFileAsync(inB)));
        await Assert.ThrowsAsync<NotFoundException>(() => _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetForEditAsync(inB)));
        await Assert.ThrowsAsync<NotFoundException>(() => _db.RunAsync(sp =>
            sp.GetRequiredService<HouseholdService>().UpdateAsync(inB, Inputs.Household(_db.BranchB.Id, "乙户", "") with { Version = Guid.NewGuid() })));
        await Assert.ThrowsAsync<NotFoundException>(() => _db.RunAsync(sp =>
            sp.GetRequiredService<HouseholdService>().ListAsync(new HouseholdQuery { OrgUnitId = _db.BranchB.Id }, AllOnOnePage)));

        var list = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().ListAsync(new HouseholdQuery(), AllOnOnePage));
        Assert.Equal([inA], list.Items.Select(i => i.Id));
        Assert.Equal(1, list.Total);
        var byIdNumber = await _db.RunAsync(sp =>
            sp.GetRequiredService<HouseholdService>().ListAsync(new HouseholdQuery { Search = Inputs.IdNumber(42) }, AllOnOnePage));
        Assert.Empty(byIdNumber.Items);

        var exported = await ExportAsync(new HouseholdQuery());
        Assert.Equal(["甲户"], exported.Select(r => (string)r["姓名"]!));
        Assert.Equal(inA, (await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetFileAsync(inA))).Id);
    }

    [Fact]
    public async Task Search_finds_by_name_by_exact_ID_number_and_by_last_four_and_finds_closed_files_too()
    {
        _db.ActAs(RegistryDatabase.Chair(_db.Federation));
        var wang = await CreatedAsync(Inputs.Household(_db.BranchA1.Id, "王建国", Inputs.IdNumber(51)));
        var li = await CreatedAsync(Inputs.Household(_db.BranchB.Id, "李秀英", Inputs.IdNumber(52)));
        var version = (await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetFileAsync(li))).Version;
        var closed = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().ChangeStatusAsync(li, new HouseholdStatusInput
        {
            ToStatus = HouseholdStatus.Closed, ClosureReason = ClosureReason.Deceased, Reason = "病故", EffectiveOn = RegistryDatabase.Today, Version = version,
        }));
        Assert.True(closed.Succeeded);

        async Task<int[]> Find(HouseholdQuery query) =>
            [.. (await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().ListAsync(query, AllOnOnePage))).Items.Select(i => i.Id)];

        Assert.Equal([wang], await Find(new HouseholdQuery()));
        Assert.Equal([wang], await Find(new HouseholdQuery { Search = "建国" }));
        Assert.Equal([li], await Find(new HouseholdQuery { Search = "李秀英" }));
        Assert.Equal([li], await Find(new HouseholdQuery { Search = Inputs.IdNumber(52) }));
        Assert.Equal([li], await Find(new HouseholdQuery { Search = Inputs.IdNumber(52)[^4..] }));
        Assert.Equal([li], await Find(new HouseholdQuery { Status = HouseholdStatus.Closed }));
        Assert.Empty(await Find(new HouseholdQuery { Search = Inputs.IdNumber(53) }));
    }

    [Fact]
    public async Task Every_filter_and_sort_runs_in_the_database()
    {
        _db.ActAs(RegistryDatabase.Chair(_db.Federation));
        var poorer = await CreatedAsync(Inputs.Household(_db.BranchA1.Id, "甲", Inputs.IdNumber(61)) with { PerCapitaIncome = 300.5m, IsRemote = true, Region = "遂昌" });
        var richer = await CreatedAsync(Inputs.Household(_db.BranchA1.Id, "乙", Inputs.IdNumber(62)) with { PerCapitaIncome = 1200m, Level = HardshipLevel.Extreme,
            Categories = [HouseholdCategory.ExtremeHardshipEmployee, HouseholdCategory.SeriousIllness] });
        var campaignId = await AddCampaignAsync();

        foreach (var sort in Enum.GetValues<HouseholdSort>())
        {
            foreach (var descending in new[] { false, true })
            {
                var page = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().ListAsync(
                    new HouseholdQuery
                    {
                        OrgUnitId = _db.CompanyA.Id, Sort = sort, Descending = descending, NotSurveyedInCampaignId = campaignId,
                        NotVisitedInCampaignId = campaignId, NotHelpedInCampaignId = campaignId,
                    },
                    new PageRequest(1, 10)));
                Assert.Equal(2, page.Total);
            }
        }
        async Task<int[]> Find(HouseholdQuery query) =>
            [.. (await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().ListAsync(query, AllOnOnePage))).Items.Select(i => i.Id)];

        Assert.Equal([poorer, richer], await Find(new HouseholdQuery { Sort = HouseholdSort.PerCapitaIncome }));
        Assert.Equal([richer, poorer], await Find(new HouseholdQuery { Sort = HouseholdSort.PerCapitaIncome, Descending = true }));
        Assert.Equal([richer], await Find(new HouseholdQuery { Category = HouseholdCategory.SeriousIllness }));
        Assert.Equal([richer], await Find(new HouseholdQuery { Level = HardshipLevel.Extreme }));
        Assert.Equal([poorer], await Find(new HouseholdQuery { Region = "遂昌" }));
        Assert.Equal([poorer], await Find(new HouseholdQuery { IsRemote = true }));
        Assert.Equal(["丽水", "遂昌"], await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetRegionsAsync()));

        var paged = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().ListAsync(new HouseholdQuery(), new PageRequest(2, 1)));
        Assert.Equal(2, paged.Total);
        Assert.Equal(2, paged.PageCount);
        Assert.Equal([poorer], paged.Items.Select(i => i.Id)); // 乙 (U+4E59) sorts before 甲 (U+7532)
    }

    [Fact]
    public async Task Revealing_a_full_ID_number_is_for_chairs_and_administrators_and_is_audited()
    {
        _db.ActAs(SystemActor.For("test set-up"));
        var idNumber = Inputs.IdNumber(71);
        var id = await CreatedAsync(Inputs.Household(_db.BranchA1.Id, "孙七", idNumber));

        _db.ActAs(RegistryDatabase.Officer(_db.BranchA1));
        var officersFile = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetFileAsync(id));
        Assert.False(officersFile.CanRevealIdNumber);
        Assert.Equal(ResidentIdNumber.Mask(idNumber), officersFile.IdNumberMasked);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().RevealIdNumberAsync(id)));

        _db.ActAs(RegistryDatabase.Chair(_db.BranchB));
        await Assert.ThrowsAsync<NotFoundException>(() => _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().RevealIdNumberAsync(id)));

        var chair = RegistryDatabase.Chair(_db.CompanyA);
        _db.ActAs(chair);
        Assert.Equal(idNumber, await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().RevealIdNumberAsync(id)));

        var access = await _db.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Access).ToListAsync());
        var entry = Assert.Single(access);
        Assert.Equal(nameof(Household), entry.Entity);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityKey);
        Assert.Equal(chair.UserName, entry.UserName);
        Assert.Equal(_db.BranchA1.Id, entry.OrgUnitId);
        Assert.DoesNotContain(idNumber, entry.NewValues ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_is_a_conflict_and_the_first_is_kept()
    {
        _db.ActAs(RegistryDatabase.Officer(_db.CompanyA));
        var id = await CreatedAsync(Inputs.Household(_db.BranchA1.Id, "周八", Inputs.IdNumber(81)));
        var first = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetForEditAsync(id));
        var second = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetForEditAsync(id));
        Assert.Equal("", first.IdNumber ?? "");

        var saved = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().UpdateAsync(id, first with { Address = "新地址一" }));
        Assert.True(saved.Succeeded);
        // Only a member changes in the second edit: the file row must still be version-checked.
        var stale = second with { Members = [.. second.Members, new FamilyMemberInput { Name = "周小", Relation = "子女" }] };
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().UpdateAsync(id, stale)));

        var file = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetFileAsync(id));
        Assert.Equal("新地址一", file.Address);
        Assert.Single(file.Members);
    }

    [Fact]
    public async Task Editing_syncs_categories_and_members_and_may_correct_the_ID_number()
    {
        _db.ActAs(RegistryDatabase.Officer(_db.CompanyA));
        var id = await CreatedAsync(Inputs.Household(_db.BranchA1.Id, "吴九", Inputs.IdNumber(91)));
        var taken = await CreatedAsync(Inputs.Household(_db.BranchA1.Id, "郑十", Inputs.IdNumber(92)));
        var edit = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetForEditAsync(id));

        var clash = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().UpdateAsync(id, edit with { IdNumber = Inputs.IdNumber(92) }));
        Assert.False(clash.Succeeded);
        Assert.Contains("甲一分工会", Assert.Single(clash.Validation.Errors).ErrorMessage, StringComparison.Ordinal);

        var corrected = Inputs.IdNumber(93, 1980);
        var members = new List<FamilyMemberInput> { edit.Members[0] with { Health = "良好" }, new() { Name = "吴妻", Relation = "配偶" } };
        var result = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().UpdateAsync(id, edit with
        {
            IdNumber = corrected,
            Categories = [HouseholdCategory.SingleParent, HouseholdCategory.Disabled],
            Members = members,
        }));
        Assert.True(result.Succeeded);

        var file = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetFileAsync(id));
        Assert.Equal([HouseholdCategory.SingleParent, HouseholdCategory.Disabled], file.Categories);
        Assert.Equal(["王小明", "吴妻"], file.Members.Select(m => m.Name));
        Assert.Equal("良好", file.Members[0].Health);
        Assert.Equal(ResidentIdNumber.Mask(corrected), file.IdNumberMasked);
        Assert.Equal(new DateOnly(1980, 3, 8), file.BirthDate);
        Assert.NotEqual(0, taken);
    }

    [Fact]
    public async Task The_lifecycle_keeps_a_history_and_closed_files_leave_the_working_list()
    {
        _db.ActAs(RegistryDatabase.Officer(_db.CompanyA));
        var id = await CreatedAsync(Inputs.Household(_db.BranchA1.Id, "冯一", Inputs.IdNumber(101)));

        async Task<ServiceResult<int>> Move(HouseholdStatus to, ClosureReason? why = null, string reason = "复核")
        {
            var version = (await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetFileAsync(id))).Version;
            return await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().ChangeStatusAsync(id, new HouseholdStatusInput
            {
                ToStatus = to, ClosureReason = why, Reason = reason, EffectiveOn = RegistryDatabase.Today, Version = version,
            }));
        }

        Assert.False((await Move(HouseholdStatus.Returned)).Succeeded);
        Assert.True((await Move(HouseholdStatus.OutOfHardship, reason: "子女就业")).Succeeded);
        Assert.True((await Move(HouseholdStatus.Returned, reason: "再次患病")).Succeeded);
        var noReason = await Move(HouseholdStatus.Closed);
        Assert.False(noReason.Succeeded);
        Assert.Contains("注销原因", Assert.Single(noReason.Validation.Errors).ErrorMessage, StringComparison.Ordinal);
        Assert.True((await Move(HouseholdStatus.Closed, ClosureReason.Moved, "迁居外地")).Succeeded);
        Assert.False((await Move(HouseholdStatus.Returned)).Succeeded);

        var file = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().GetFileAsync(id));
        Assert.Equal(HouseholdStatus.Closed, file.Status);
        Assert.Equal(ClosureReason.Moved, file.ClosureReason);
        Assert.Empty(file.NextStatuses);
        Assert.Equal(
            [HouseholdStatus.Closed, HouseholdStatus.Returned, HouseholdStatus.OutOfHardship, HouseholdStatus.Active],
            file.History.Select(h => h.ToStatus));
        Assert.Equal("迁居外地", file.History[0].Reason);
        Assert.Equal(HouseholdStatus.Returned, file.History[0].FromStatus);

        var working = await _db.RunAsync(sp => sp.GetRequiredService<HouseholdService>().ListAsync(new HouseholdQuery(), AllOnOnePage));
        Assert.Empty(working.Items);
    }

    [Fact]
    public async Task The_export_writes_exactly_the_filtered_list_in_the_users_language_without_phone_or_illness()
    {
        _db.ActAs(RegistryDatabase.Officer(_db.CompanyA));
        await CreatedAsync(Inputs.Household(_db.BranchA1.Id, "陈一", Inputs.IdNumber(111)) with { Region = "松阳" });
        await CreatedAsync(Inputs.Household(_db.BranchA1.Id, "陈二", Inputs.IdNumber(112)));

        var rows = await ExportAsync(new HouseholdQuery { Region = "松阳" });
        var row = Assert.Single(rows);
        Assert.Equal("陈一", row["姓名"]);
        Assert.Equal(ResidentIdNumber.Mask(Inputs.IdNumber(111)), row["身份证号"]);
        Assert.Equal("困难职工", row["对象类别"]);
        Assert.DoesNotContain(row.Values, v => v is string s && (s.Contains("139", StringComparison.Ordinal) || s == "无"));
        Assert.DoesNotContain(row.Keys, k => k.Contains("电话", StringComparison.Ordinal) || k.Contains("病情", StringComparison.Ordinal));

        var english = await ExportAsync(new HouseholdQuery { Region = "松阳" }, "en");
        Assert.Equal("Hardship employee", Assert.Single(english)["Categories"]);
    }

    private async Task<List<IDictionary<string, object?>>> ExportAsync(HouseholdQuery query, string culture = "zh-CN")
    {
        using var stream = new MemoryStream();
        await _db.RunAsync(sp => sp.GetRequiredService<HouseholdExporter>().ExportAsync(query, stream), culture);
        stream.Position = 0;
        return [.. MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().Where(r => r.Values.Any(v => v is not null))];
    }

    private Task<int> AddCampaignAsync() => _db.WithDbAsync(async db =>
    {
        var campaign = new Relief.Core.Features.Campaigns.Campaign
        {
            Name = "2025年元旦春节送温暖", Year = 2025, StartsOn = new DateOnly(2024, 12, 1), EndsOn = new DateOnly(2025, 2, 28),
            OrgUnitId = _db.Federation.Id, Status = Relief.Core.Features.Campaigns.CampaignStatus.Active,
        };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign.Id;
    });
}
