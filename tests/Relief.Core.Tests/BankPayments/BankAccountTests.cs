using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.BankPayments;
using Relief.Core.Features.Households;
using Relief.Core.Tests.Grants;

namespace Relief.Core.Tests.BankPayments;

/// <summary>收款账户: encrypted and masked, checked (digits, Luhn for 62…, holder in the family), changes kept on the file, reveal audited.</summary>
public sealed class BankAccountTests : IAsyncLifetime
{
    private WorkflowDatabase _world = null!;

    public async Task InitializeAsync() => _world = await WorkflowDatabase.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private Task<ServiceResult<int>> SaveAsync(string household, BankAccountInput input, LuhnCheck luhn = LuhnCheck.Refuse)
    {
        _world.ActAs(_world.CompanyOfficer);
        return _world.RunAsync(sp => ActivatorUtilities.CreateInstance<BankAccountService>(sp, Options.Create(new BankPaymentOptions { LuhnCheck = luhn }))
            .SaveAsync(_world.Households[household], input));
    }

    private static BankAccountInput Input(string number, string holder = "张三明", bool confirmHolder = false, bool confirmCheck = false) => new()
    {
        BankName = "中国农业银行", HolderName = holder, AccountNumber = number, ConfirmHolderOutsideFamily = confirmHolder, ConfirmCheckDigit = confirmCheck,
    };

    [Fact]
    public async Task An_account_is_stored_encrypted_listed_masked_and_its_first_recording_kept_on_the_file()
    {
        var card = BankWorld.Card(1);
        (await SaveAsync("张三明", Input(card))).Succeeded();

        var stored = await _world.WithDbAsync(db => db.BankAccounts.AsNoTracking().SingleAsync());
        Assert.DoesNotContain(card, stored.NumberCipher, StringComparison.Ordinal);
        Assert.Equal($"{card[..4]} **** **** {card[^4..]}", stored.NumberMasked);
        var section = await _world.Service<BankAccountService, HouseholdBankSection>(s => s.GetAsync(_world.Households["张三明"]));
        Assert.Equal(stored.NumberMasked, section.Account!.NumberMasked);
        var change = Assert.Single(section.Changes);
        Assert.Null(change.Before);
        Assert.Contains(stored.NumberMasked, change.After, StringComparison.Ordinal);
        // The audit log has the change, never the number.
        var audit = await _world.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(BankAccount)).Select(a => a.NewValues).ToListAsync());
        Assert.NotEmpty(audit);
        Assert.All(audit, values => Assert.DoesNotContain(card, values ?? "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("62220210000")]            // 11 digits
    [InlineData("62220210000000000001")]   // 20 digits
    [InlineData("6222 0210 abcd 0001")]    // letters
    public async Task A_number_that_is_not_12_to_19_digits_is_refused(string number)
    {
        var before = await _world.StateAsync();
        (await SaveAsync("张三明", Input(number))).Refused("12 至 19 位数字");
        Assert.Equal(before, await _world.StateAsync());
        Assert.Equal(0, await _world.WithDbAsync(db => db.BankAccounts.CountAsync()));
    }

    [Fact]
    public async Task A_UnionPay_number_failing_Luhn_is_refused_or_warned_as_the_setting_says()
    {
        var good = BankWorld.Card(7);
        var bad = good[..^1] + (char)('0' + ((good[^1] - '0' + 1) % 10));
        (await SaveAsync("张三明", Input(bad))).Refused("校验位不正确");
        // Warned: refused until confirmed, then kept.
        (await SaveAsync("张三明", Input(bad), LuhnCheck.Warn)).Refused("确认卡号无误");
        (await SaveAsync("张三明", Input(bad, confirmCheck: true), LuhnCheck.Warn)).Succeeded();
        // Numbers not starting 62 carry no check digit here: a 16-digit account number passes as it is.
        (await SaveAsync("李四", Input("4000123412341235", holder: "李四"))).Succeeded();
    }

    [Fact]
    public async Task A_holder_outside_the_family_needs_explicit_confirmation_a_member_does_not()
    {
        await _world.WithDbAsync(async db =>
        {
            var household = await db.Households.Include(h => h.Members).SingleAsync(h => h.Id == _world.Households["张三明"]);
            household.Members.Add(new FamilyMember { Name = "张小红", Relation = "子女" });
            return await db.SaveChangesAsync();
        });
        (await SaveAsync("张三明", Input(BankWorld.Card(2), holder: "陌生人"))).Refused("不是户主");
        Assert.Equal(0, await _world.WithDbAsync(db => db.BankAccounts.CountAsync()));
        (await SaveAsync("张三明", Input(BankWorld.Card(2), holder: "张小红"))).Succeeded();
        var version = (await _world.Service<BankAccountService, HouseholdBankSection>(s => s.GetAsync(_world.Households["张三明"]))).Account!.Version;
        (await SaveAsync("张三明", Input(BankWorld.Card(2), holder: "陌生人", confirmHolder: true) with { Version = version })).Succeeded();
        var account = await _world.WithDbAsync(db => db.BankAccounts.AsNoTracking().SingleAsync());
        Assert.True(account.HolderOutsideFamily);
    }

    [Fact]
    public async Task Changing_the_account_is_kept_on_the_file_with_before_and_after_and_a_stale_change_is_refused()
    {
        await _world.SetAccountAsync("张三明", BankWorld.Card(3));
        var first = await _world.Service<BankAccountService, HouseholdBankSection>(s => s.GetAsync(_world.Households["张三明"]));
        await _world.SetAccountAsync("张三明", BankWorld.Card(4));
        var section = await _world.Service<BankAccountService, HouseholdBankSection>(s => s.GetAsync(_world.Households["张三明"]));
        Assert.Equal(2, section.Changes.Count);
        Assert.Contains(first.Account!.NumberMasked, section.Changes[0].Before, StringComparison.Ordinal);
        Assert.Contains(section.Account!.NumberMasked, section.Changes[0].After, StringComparison.Ordinal);
        // A change made on the first version's form is stale.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            SaveAsync("张三明", Input(BankWorld.Card(5)) with { Version = first.Account.Version }));
    }

    [Fact]
    public async Task Only_those_who_may_see_ID_numbers_reveal_the_full_number_and_each_reveal_is_audited()
    {
        var card = BankWorld.Card(6);
        await _world.SetAccountAsync("张三明", card);
        var id = _world.Households["张三明"];
        _world.ActAs(_world.CompanyOfficer);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _world.Service<BankAccountService, string>(s => s.RevealAsync(id)));
        _world.ActAs(_world.Auditor);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _world.Service<BankAccountService, string>(s => s.RevealAsync(id)));
        _world.ActAs(_world.Chair);
        Assert.Equal(card, await _world.Service<BankAccountService, string>(s => s.RevealAsync(id)));
        var access = await _world.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(BankAccount) && a.Action == AuditAction.Access).ToListAsync());
        var entry = Assert.Single(access);
        Assert.Equal(_world.Chair.UserName, entry.UserName);
    }

    [Fact]
    public async Task A_household_outside_the_scope_is_not_found_and_an_auditor_changes_nothing()
    {
        _world.ActAs(WorkflowDatabase.User(_world.BranchB, Roles.Officer));
        await Assert.ThrowsAsync<NotFoundException>(() => _world.Service<BankAccountService, HouseholdBankSection>(s => s.GetAsync(_world.Households["张三明"])));
        _world.ActAs(_world.Auditor);
        (await _world.Service<BankAccountService, ServiceResult<int>>(s => s.SaveAsync(_world.Households["张三明"], Input(BankWorld.Card(8))))).Refused("只能查看");
        Assert.Equal(0, await _world.WithDbAsync(db => db.BankAccounts.CountAsync()));
    }
}
