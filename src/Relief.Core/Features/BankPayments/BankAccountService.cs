using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.BankPayments;

/// <summary>
/// 收款账户: a household's payee account, recorded and changed by officers (each change kept on the file), shown
/// masked, and revealed in full only to those who may see full ID numbers, each reveal audited. The household must be
/// in the user's scope; otherwise <see cref="NotFoundException"/>.
/// </summary>
public sealed class BankAccountService(
    ReliefDbContext db,
    ICurrentUser user,
    BankAccountProtector protector,
    IValidator<BankAccountInput> validator,
    IOptions<BankPaymentOptions> options,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    public bool MayReveal => user.May(Permission.RevealIdNumbers);

    public async Task<HouseholdBankSection> GetAsync(int householdId, CancellationToken ct = default)
    {
        var household = await db.Households.AsNoTracking().Where(h => h.Id == householdId)
            .Select(h => new { h.Id, h.Name, Members = h.Members.OrderBy(m => m.Id).Select(m => m.Name).ToList() })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var account = await db.BankAccounts.AsNoTracking().Where(a => a.HouseholdId == householdId)
            .Select(a => new BankAccountView(a.BankName, a.Branch, a.HolderName, a.HolderOutsideFamily, a.NumberMasked, a.UpdatedAt, a.Version))
            .FirstOrDefaultAsync(ct);
        var changes = await db.BankAccountChanges.AsNoTracking().Where(c => c.HouseholdId == householdId)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Select(c => new BankAccountChangeView(c.ChangedAt, c.ChangedBy, c.Before, c.After)).ToListAsync(ct);
        var payments = await db.PaymentBatchLines.AsNoTracking().Where(l => l.HouseholdId == householdId)
            .OrderByDescending(l => l.PaymentBatchId).ThenByDescending(l => l.Id)
            .Select(l => new BankPaymentEntry(l.PaymentBatchId, l.GrantId, l.PaymentBatch!.Campaign!.Name, l.AccountMasked, l.Amount, l.Outcome,
                l.BankDate, l.BankReference, l.FailureReason))
            .ToListAsync(ct);
        return new HouseholdBankSection(household.Id, household.Name, account, changes, payments, [household.Name, .. household.Members],
            user.May(Permission.Edit), MayReveal);
    }

    public async Task<BankAccountInput> GetForEditAsync(int householdId, CancellationToken ct = default)
    {
        var section = await GetAsync(householdId, ct);
        return section.Account is { } account
            ? new BankAccountInput { BankName = account.BankName, Branch = account.Branch, HolderName = account.HolderName, ConfirmHolderOutsideFamily = account.HolderOutsideFamily, Version = account.Version }
            : new BankAccountInput { HolderName = section.HouseholdName };
    }

    /// <summary>Records the account or changes it; the change is kept on the file (masked) and audited.</summary>
    public async Task<ServiceResult<int>> SaveAsync(int householdId, BankAccountInput input, CancellationToken ct = default)
    {
        var household = await db.Households.Include(h => h.Members).FirstOrDefaultAsync(h => h.Id == householdId, ct) ?? throw new NotFoundException();
        if (!user.May(Permission.Edit)) return ServiceResult<int>.Failure("", messages["Access.ReadOnly"]);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        var account = await db.BankAccounts.FirstOrDefaultAsync(a => a.HouseholdId == householdId, ct);
        var digits = string.IsNullOrWhiteSpace(input.AccountNumber) ? null : BankCardNumber.Normalize(input.AccountNumber);
        if (digits is null && account is null)
            return ServiceResult<int>.Failure(nameof(input.AccountNumber), messages["BankAccount.Number.Required"]);
        if (digits is not null && BankCardNumber.IsUnionPayCard(digits) && !BankCardNumber.PassesLuhn(digits))
        {
            if (options.Value.LuhnCheck == LuhnCheck.Refuse)
                return ServiceResult<int>.Failure(nameof(input.AccountNumber), messages["BankAccount.Number.LuhnRefused"]);
            if (!input.ConfirmCheckDigit)
                return ServiceResult<int>.Failure(nameof(input.ConfirmCheckDigit), messages["BankAccount.Number.LuhnWarning"]);
        }
        var holder = input.HolderName.Trim();
        var inFamily = holder == household.Name || household.Members.Any(m => m.Name == holder);
        if (!inFamily && !input.ConfirmHolderOutsideFamily)
            return ServiceResult<int>.Failure(nameof(input.ConfirmHolderOutsideFamily), messages["BankAccount.Holder.NotInFamily", holder, household.Name]);

        var now = clock.GetUtcNow().UtcDateTime;
        var before = account is null ? null : Describe(account.BankName, account.HolderName, account.NumberMasked);
        if (account is null)
        {
            account = new BankAccount
            {
                HouseholdId = householdId, BankName = "", HolderName = "", NumberCipher = "", NumberHash = "", NumberMasked = "", CreatedAt = now,
            };
            db.BankAccounts.Add(account);
        }
        else
        {
            db.Entry(account).Property(a => a.Version).OriginalValue = input.Version;
        }
        account.BankName = input.BankName.Trim();
        account.Branch = string.IsNullOrWhiteSpace(input.Branch) ? null : input.Branch.Trim();
        account.HolderName = holder;
        account.HolderOutsideFamily = !inFamily;
        if (digits is not null)
        {
            account.NumberCipher = protector.Protect(digits);
            account.NumberHash = protector.Hash(digits);
            account.NumberMasked = BankCardNumber.Mask(digits);
        }
        account.UpdatedAt = now;
        var after = Describe(account.BankName, account.HolderName, account.NumberMasked);
        if (after != before || digits is not null)
            db.BankAccountChanges.Add(new BankAccountChange { HouseholdId = householdId, ChangedAt = now, ChangedBy = user.UserName ?? "", Before = before, After = after });
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(account.Id);
    }

    /// <summary>The full number, for those who may see full ID numbers; each reveal is audited before the number is returned.</summary>
    public async Task<string> RevealAsync(int householdId, CancellationToken ct = default)
    {
        if (!MayReveal) throw new UnauthorizedAccessException("Only a chair or an administrator may see full account numbers.");
        var household = await db.Households.AsNoTracking().Where(h => h.Id == householdId).Select(h => new { h.OrgUnitId }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException();
        var cipher = await db.BankAccounts.AsNoTracking().Where(a => a.HouseholdId == householdId).Select(a => a.NumberCipher).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException();
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = user.UserId,
            UserName = user.UserName,
            Entity = nameof(BankAccount),
            EntityKey = householdId.ToString(CultureInfo.InvariantCulture),
            Action = AuditAction.Access,
            NewValues = """{"AccountNumber":"revealed"}""",
            OrgUnitId = household.OrgUnitId,
        });
        await db.SaveChangesAsync(ct);
        return protector.Unprotect(cipher);
    }

    private static string Describe(string bank, string holder, string masked) => $"{bank} {holder} {masked}";
}
