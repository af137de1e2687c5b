using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;
using Relief.Core.Features.Notices;
using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Grants;

/// <summary>
/// 发放: pays payable grants, exactly once, moving the money from committed to spent on the fund source; lists what is
/// payable; and builds a unit's sign-off sheet. A second payment (a double click, a second officer) is refused with a
/// message naming the first, never an error page: the grant's version and the unique index on the payment both stop it.
/// </summary>
public sealed class DisbursementService(
    ReliefDbContext db,
    ICurrentUser user,
    CampaignAccess access,
    IValidator<DisbursementInput> validator,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    public async Task<PagedResult<GrantListItem>> PayableAsync(int campaignId, int? orgUnitId, PageRequest page, CancellationToken ct = default)
    {
        await access.FindAsync(campaignId, ct);
        string? unitPath = null;
        if (orgUnitId is { } unitId)
            unitPath = await db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var rows = await db.Grants.AsNoTracking()
            .Filter(db, new GrantQuery { CampaignId = campaignId, Status = GrantStatus.Payable }, unitPath)
            // What a bank batch holds is paid by the bank's result, not from this list.
            .Where(g => !db.PaymentBatchLines.Any(l => l.OpenGrantId == g.Id))
            .OrderBy(g => g.OrgUnitId).ThenBy(g => g.Household!.Name).ThenBy(g => g.Id)
            .ToListItems().ToPageAsync(page, ct);
        return await rows.WithHelpElsewhereAsync(db, ct);
    }

    public async Task<ServiceResult<int>> PayAsync(DisbursementInput input, CancellationToken ct = default)
    {
        var campaignId = await db.Grants.AsNoTracking().Where(g => g.Id == input.GrantId).Select(g => (int?)g.CampaignId)
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        if (await access.RefusalAsync(campaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);

        Disbursement? payment = null;
        var refused = await FundRetry.SaveAsync(db, async attemptCt =>
        {
            var grant = await db.Grants.Include(g => g.Household).FirstAsync(g => g.Id == input.GrantId, attemptCt);
            if ((await RefusalAsync(grant, attemptCt) ?? await PaidOnRefusalAsync(grant, input.PaidOn, attemptCt)) is { } why) return why;
            if (grant.FundSourceId is not { } fundId) return messages["Disbursement.NoFund"];
            var fund = await db.FundSources.FirstAsync(f => f.Id == fundId, attemptCt);
            fund.Committed -= grant.TotalAmount;
            fund.Spent += grant.TotalAmount;
            GrantLifecycle.MoveTo(grant, GrantStatus.Disbursed);
            payment = new Disbursement
            {
                GrantId = grant.Id,
                PaidOn = input.PaidOn,
                Method = input.Method,
                PaidBy = input.PaidBy.Trim(),
                Amount = grant.TotalAmount,
                VisitId = input.VisitId,
                SignedOff = input.SignedOff,
                Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
                RecordedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Disbursements.Add(payment);
            return null;
        }, messages["Fund.Busy"], ct);
        return refused is null ? ServiceResult<int>.Success(payment!.Id) : ServiceResult<int>.Failure("", refused);
    }

    /// <summary>The sign-off sheet of one unit (its own grants): payable and paid, by name.</summary>
    public async Task<SignOffSheet> SignOffSheetAsync(int campaignId, int orgUnitId, CancellationToken ct = default)
    {
        var campaign = await access.FindAsync(campaignId, ct);
        var unitName = await db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.Id == orgUnitId).Select(u => u.Name).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException();
        var rows = await OnSignOffSheets(campaignId)
            .Where(g => g.OrgUnitId == orgUnitId)
            .OrderBy(g => g.Household!.Name).ThenBy(g => g.Id)
            .Select(g => new
            {
                g.Id, HouseholdName = g.Household!.Name, g.Category, g.Kind, g.CashAmount, g.InKindValue, g.TotalAmount, g.Status,
                Items = g.Items.OrderBy(i => i.Id).Select(i => new { i.Name, i.Quantity, i.Unit }).ToList(),
                Payment = db.Disbursements.Where(d => d.GrantId == g.Id).Select(d => new { d.PaidOn, d.Method }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var lines = rows.Select((r, index) => new SignOffRow(
                index + 1, r.Id, r.HouseholdName, r.Category, r.Kind, r.CashAmount, r.InKindValue, r.TotalAmount, ChineseAmount.ToCapital(r.TotalAmount),
                r.Items.Count == 0 ? null : string.Join(messages["List.Separator"], r.Items.Select(i => $"{i.Name}{i.Quantity:0.###}{i.Unit}")),
                r.Status, r.Payment?.PaidOn, r.Payment?.Method))
            .ToList();
        var total = lines.Sum(l => l.Amount);
        return new SignOffSheet(campaign.Id, campaign.Name, orgUnitId, unitName, lines, total, ChineseAmount.ToCapital(total));
    }

    /// <summary>
    /// The grants the campaign's sign-off sheets list: payable or paid, in cash or goods. What the bank pays (or is about
    /// to: held by an open batch) is recorded by the bank, not signed for here; a grant with goods stays, as its goods are
    /// signed for even when its cash went by bank.
    /// </summary>
    public IQueryable<Grant> OnSignOffSheets(int campaignId) => db.Grants.AsNoTracking()
        .Where(g => g.CampaignId == campaignId && (g.Status == GrantStatus.Payable || g.Status == GrantStatus.Disbursed))
        .Where(g => g.InKindValue > 0 || !db.Disbursements.Any(d => d.GrantId == g.Id && d.Method == DisbursementMethod.BankTransfer))
        .Where(g => !db.PaymentBatchLines.Any(l => l.OpenGrantId == g.Id));

    /// <summary>
    /// The payment is dated in the grant's order of events (<see cref="DateOrder"/>): after its notice period ended (it was
    /// payable only then), and never before it was applied for. Not in the future: the validator says so.
    /// </summary>
    private async Task<string?> PaidOnRefusalAsync(Grant grant, DateOnly paidOn, CancellationToken ct)
    {
        // The notice may be posted by a unit above the grant's: its end date is read outside the scope.
        var noticeEnded = await db.NoticeItems.OutsideUnitScope().Where(i => i.GrantId == grant.Id)
            .Select(i => (DateOnly?)db.PublicNotices.Where(n => n.Id == i.PublicNoticeId).Select(n => n.EndsOn).First())
            .OrderByDescending(endsOn => endsOn).FirstOrDefaultAsync(ct);
        return DateOrder.Refusal(new GrantDates(Applied: grant.AppliedOn, Payable: noticeEnded?.AddDays(1), Paid: paidOn), messages, grant.Household?.Name ?? "");
    }

    /// <summary>Why this grant cannot be paid now, most specific reason first; null when it can.</summary>
    private async Task<string?> RefusalAsync(Grant grant, CancellationToken ct)
    {
        var name = grant.Household!.Name;
        if (grant.Status == GrantStatus.Disbursed)
        {
            var paid = await db.Disbursements.AsNoTracking().Where(d => d.GrantId == grant.Id).Select(d => new { d.PaidOn, d.PaidBy }).FirstOrDefaultAsync(ct);
            return messages["Disbursement.AlreadyPaid", name, paid is null ? "" : Formats.Date(paid.PaidOn), paid?.PaidBy ?? ""];
        }
        // A grant sent to the bank (or on its way) is paid by the bank's result, never in cash beside it.
        if (await db.PaymentBatchLines.Where(l => l.OpenGrantId == grant.Id).Select(l => (int?)l.PaymentBatchId).FirstOrDefaultAsync(ct) is { } batchId)
            return messages["Disbursement.InBankBatch", name, batchId];
        var objectionOpen = await db.Objections.AnyAsync(o => o.Outcome == ObjectionOutcome.Open
            && (o.GrantId == grant.Id || (o.GrantId == null && db.NoticeItems.Any(i => i.PublicNoticeId == o.PublicNoticeId && i.GrantId == grant.Id))), ct);
        if (objectionOpen) return messages["Disbursement.ObjectionOpen", name];
        if (grant.Status == GrantStatus.OnNotice)
        {
            // The notice may be posted by a unit above the grant's (it is public, on the notice board): its end date is
            // read outside the scope.
            var endsOn = await db.NoticeItems.OutsideUnitScope().Where(i => i.GrantId == grant.Id).OrderByDescending(i => i.PublicNoticeId)
                .Select(i => db.PublicNotices.Where(n => n.Id == i.PublicNoticeId).Select(n => n.EndsOn).First()).FirstOrDefaultAsync(ct);
            return messages["Disbursement.NoticeRunning", name, Formats.Date(endsOn)];
        }
        if (!GrantLifecycle.CanMove(grant.Status, GrantStatus.Disbursed)) return messages["Disbursement.NotPayable", name, messages.Label(grant.Status)];
        return null;
    }
}
