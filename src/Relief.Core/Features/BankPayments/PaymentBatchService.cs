using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Notices;

namespace Relief.Core.Features.BankPayments;

/// <summary>
/// 代发批次: an officer builds a batch from the payable cash grants of a campaign and unit, a chair approves it, its
/// file is exported (the batch is then Sent and never changes) and every download audited. A grant is in at most one
/// open batch: the unique index on <see cref="PaymentBatchLine.OpenGrantId"/> settles a race between two officers,
/// and the loser builds again from what is left. The bank's result is settled by <see cref="BankResultImport"/>.
/// </summary>
public sealed class PaymentBatchService(
    ReliefDbContext db,
    ICurrentUser user,
    CampaignAccess access,
    BankFileLayoutService layouts,
    Households.IdNumberProtector idNumbers,
    BankAccountProtector accounts,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    private const int BuildAttempts = 6;

    public async Task<IReadOnlyList<PaymentBatchListItem>> ListAsync(int? campaignId, CancellationToken ct = default)
    {
        var batches = db.PaymentBatches.AsNoTracking();
        if (campaignId is { } id) batches = batches.Where(b => b.CampaignId == id);
        var rows = await batches.OrderByDescending(b => b.Id)
            .Select(b => new
            {
                b.Id, b.CampaignId, CampaignName = b.Campaign!.Name, UnitName = b.OrgUnit!.Name, b.Status, b.LineCount, b.Total,
                Paid = b.Lines.Count(l => l.Outcome == PaymentLineOutcome.Paid),
                Failed = b.Lines.Count(l => l.Outcome == PaymentLineOutcome.Failed),
                b.CreatedAt, b.CreatedBy, b.ResultImportedAt,
            })
            .ToListAsync(ct);
        return rows.Select(b => new PaymentBatchListItem(b.Id, b.CampaignId, b.CampaignName, b.UnitName, b.Status, b.LineCount, b.Total, b.Paid, b.Failed,
            b.CreatedAt, b.CreatedBy, b.Status == PaymentBatchStatus.Sent && b.ResultImportedAt != null && b.Paid + b.Failed < b.LineCount)).ToList();
    }

    public async Task<PaymentBatchDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var batch = await db.PaymentBatches.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new
            {
                b.Id, b.CampaignId, CampaignName = b.Campaign!.Name, b.OrgUnitId, UnitName = b.OrgUnit!.Name, b.Status, b.LineCount, b.Total,
                b.CreatedAt, b.CreatedBy, b.ApprovedAt, b.ApprovedBy, b.SentAt, b.SentBy, b.LayoutId, b.ResultImportedAt, b.Version,
            })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var lines = await LinesAsync(id, ct);
        var layoutName = batch.Status >= PaymentBatchStatus.Sent ? (await layouts.FindAsync(batch.LayoutId, ct)).Name : null;
        var campaignOpen = await access.RefusalAsync(batch.CampaignId, ct) is null;
        return new PaymentBatchDetail
        {
            Id = batch.Id, CampaignId = batch.CampaignId, CampaignName = batch.CampaignName, OrgUnitId = batch.OrgUnitId, UnitName = batch.UnitName,
            Status = batch.Status, LineCount = batch.LineCount, Total = batch.Total,
            Paid = lines.Count(l => l.Outcome == PaymentLineOutcome.Paid), Failed = lines.Count(l => l.Outcome == PaymentLineOutcome.Failed),
            PaidTotal = lines.Where(l => l.Outcome == PaymentLineOutcome.Paid).Sum(l => l.Amount),
            CreatedAt = batch.CreatedAt, CreatedBy = batch.CreatedBy, ApprovedAt = batch.ApprovedAt, ApprovedBy = batch.ApprovedBy,
            SentAt = batch.SentAt, SentBy = batch.SentBy, LayoutName = layoutName, ResultImportedAt = batch.ResultImportedAt, Version = batch.Version,
            Lines = lines,
            CanDelete = campaignOpen && user.May(Permission.Edit) && batch.Status is PaymentBatchStatus.Draft or PaymentBatchStatus.Approved,
            CanApprove = campaignOpen && user.May(Permission.Decide) && batch.Status == PaymentBatchStatus.Draft,
            CanExport = user.May(Permission.Edit) && batch.Status >= PaymentBatchStatus.Approved && (campaignOpen || batch.Status >= PaymentBatchStatus.Sent),
            CanImport = campaignOpen && user.May(Permission.Edit) && batch.Status >= PaymentBatchStatus.Sent,
        };
    }

    private async Task<List<PaymentBatchLineView>> LinesAsync(int batchId, CancellationToken ct) =>
        await db.PaymentBatchLines.AsNoTracking().Where(l => l.PaymentBatchId == batchId).OrderBy(l => l.Sequence)
            .Select(l => new PaymentBatchLineView(l.Sequence, l.GrantId, l.HouseholdId, l.Grant!.Household!.Name, l.HolderName, l.BankName, l.AccountMasked,
                l.Amount, l.Outcome, l.BankDate, l.BankReference, l.FailureReason))
            .ToListAsync(ct);

    /// <summary>A grant's lines in bank batches, newest first: paid with the bank's reference, failed with its reason, or waiting.</summary>
    public async Task<IReadOnlyList<BankPaymentEntry>> LinesOfGrantAsync(int grantId, CancellationToken ct = default)
    {
        if (!await db.Grants.AsNoTracking().AnyAsync(g => g.Id == grantId, ct)) throw new NotFoundException();
        return await db.PaymentBatchLines.AsNoTracking().Where(l => l.GrantId == grantId)
            .OrderByDescending(l => l.PaymentBatchId)
            .Select(l => new BankPaymentEntry(l.PaymentBatchId, l.GrantId, l.PaymentBatch!.Campaign!.Name, l.AccountMasked, l.Amount, l.Outcome,
                l.BankDate, l.BankReference, l.FailureReason))
            .ToListAsync(ct);
    }

    /// <summary>The payable cash grants of a unit that no open batch holds: those with an account go into the next batch.</summary>
    public async Task<IReadOnlyList<BatchCandidate>> CandidatesAsync(int campaignId, int orgUnitId, CancellationToken ct = default)
    {
        await access.FindAsync(campaignId, ct);
        if (!await db.OrgUnits.AsNoTracking().InScope(user).AnyAsync(u => u.Id == orgUnitId, ct)) throw new NotFoundException();
        return await Batchable(campaignId, orgUnitId).OrderBy(g => g.Household!.Name).ThenBy(g => g.Id)
            .Select(g => new BatchCandidate(g.Id, g.HouseholdId, g.Household!.Name, g.CashAmount,
                db.BankAccounts.Where(a => a.HouseholdId == g.HouseholdId).Select(a => a.HolderName).FirstOrDefault(),
                db.BankAccounts.Where(a => a.HouseholdId == g.HouseholdId).Select(a => a.NumberMasked).FirstOrDefault(),
                db.PaymentBatchLines.Where(l => l.GrantId == g.Id && l.Outcome == PaymentLineOutcome.Failed).OrderByDescending(l => l.Id)
                    .Select(l => l.FailureReason).FirstOrDefault()))
            .ToListAsync(ct);
    }

    /// <summary>Payable, all cash (no goods: those are signed for), no open objection, and in no open batch.</summary>
    private IQueryable<Grant> Batchable(int campaignId, int orgUnitId) => db.Grants.AsNoTracking()
        .Where(g => g.CampaignId == campaignId && g.OrgUnitId == orgUnitId && g.Status == GrantStatus.Payable && g.CashAmount > 0 && g.InKindValue == 0)
        .Where(g => !db.PaymentBatchLines.Any(l => l.OpenGrantId == g.Id))
        .Where(g => !db.Objections.Any(o => o.Outcome == ObjectionOutcome.Open
            && (o.GrantId == g.Id || (o.GrantId == null && db.NoticeItems.Any(i => i.PublicNoticeId == o.PublicNoticeId && i.GrantId == g.Id)))));

    public async Task<ServiceResult<int>> BuildAsync(BuildBatchInput input, CancellationToken ct = default)
    {
        if (await access.RefusalAsync(input.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        if (!await db.OrgUnits.AsNoTracking().InScope(user).AnyAsync(u => u.Id == input.OrgUnitId, ct))
            return ServiceResult<int>.Failure(nameof(input.OrgUnitId), messages["PaymentBatch.UnitRequired"]);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var grants = await Batchable(input.CampaignId, input.OrgUnitId)
                .Join(db.BankAccounts, g => g.HouseholdId, a => a.HouseholdId, (g, a) => new { g.Id, g.HouseholdId, g.CashAmount, Name = g.Household!.Name, a.HolderName, a.BankName, a.Branch, a.NumberCipher, a.NumberHash, a.NumberMasked })
                .OrderBy(g => g.Name).ThenBy(g => g.Id).ToListAsync(ct);
            if (grants.Count == 0) return ServiceResult<int>.Failure("", messages["PaymentBatch.NothingToBatch"]);
            var now = clock.GetUtcNow().UtcDateTime;
            var batch = new PaymentBatch
            {
                CampaignId = input.CampaignId, OrgUnitId = input.OrgUnitId, Status = PaymentBatchStatus.Draft,
                LineCount = grants.Count, Total = grants.Sum(g => g.CashAmount), CreatedAt = now, CreatedBy = user.UserName ?? "",
            };
            var sequence = 0;
            foreach (var g in grants)
            {
                batch.Lines.Add(new PaymentBatchLine
                {
                    Sequence = ++sequence, GrantId = g.Id, OpenGrantId = g.Id, HouseholdId = g.HouseholdId, HolderName = g.HolderName, BankName = g.BankName,
                    Branch = g.Branch, AccountCipher = g.NumberCipher, AccountHash = g.NumberHash, AccountMasked = g.NumberMasked, Amount = g.CashAmount,
                });
            }
            db.PaymentBatches.Add(batch);
            try
            {
                await db.SaveChangesAsync(ct);
                return ServiceResult<int>.Success(batch.Id);
            }
            // Another officer batched some of these grants a moment ago (the unique index on the open grant refused
            // ours), or the database was busy: build again from what is left.
            catch (Exception ex) when (ex is DbUpdateException or ConcurrencyConflictException)
            {
                if (attempt == BuildAttempts)
                {
                    db.ChangeTracker.Clear();
                    return ServiceResult<int>.Failure("", messages["PaymentBatch.Busy"]);
                }
                await Task.Delay(Random.Shared.Next(5, 25 * attempt), ct);
            }
        }
    }

    /// <summary>A draft or approved batch, not yet sent, may be dropped: its grants are free to batch again.</summary>
    public async Task<ServiceResult<int>> DeleteAsync(int id, Guid version, CancellationToken ct = default)
    {
        var batch = await db.PaymentBatches.Include(b => b.Lines).FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new NotFoundException();
        if (await access.RefusalAsync(batch.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        if (batch.Status >= PaymentBatchStatus.Sent) return ServiceResult<int>.Failure("", messages["PaymentBatch.AlreadySent", batch.Id]);
        db.Entry(batch).Property(b => b.Version).OriginalValue = version;
        db.PaymentBatches.Remove(batch);
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(id);
    }

    /// <summary>A chair approves a draft batch: the cover sheet then carries their name.</summary>
    public async Task<ServiceResult<int>> ApproveAsync(int id, Guid version, CancellationToken ct = default)
    {
        var batch = await db.PaymentBatches.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new NotFoundException();
        if (await access.RefusalAsync(batch.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        if (!user.May(Permission.Decide)) return ServiceResult<int>.Failure("", messages["PaymentBatch.ChairApproves"]);
        if (batch.Status != PaymentBatchStatus.Draft) return ServiceResult<int>.Failure("", messages["PaymentBatch.NotDraft", batch.Id, messages.Label(batch.Status)]);
        db.Entry(batch).Property(b => b.Version).OriginalValue = version;
        batch.Status = PaymentBatchStatus.Approved;
        batch.ApprovedAt = clock.GetUtcNow().UtcDateTime;
        batch.ApprovedBy = user.UserName;
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(id);
    }

    /// <summary>
    /// The bank file of an approved batch, in the chosen layout: the first export makes the batch Sent (its layout
    /// fixed, nothing about it changeable); later downloads of a sent batch give the same file. Every download is
    /// written to the audit log.
    /// </summary>
    public async Task<ServiceResult<BankFile>> ExportAsync(int id, int? layoutId, CancellationToken ct = default)
    {
        var batch = await db.PaymentBatches.Include(b => b.Campaign).FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new NotFoundException();
        if (!user.May(Permission.Edit)) return ServiceResult<BankFile>.Failure("", messages["Access.ReadOnly"]);
        if (batch.Status < PaymentBatchStatus.Approved) return ServiceResult<BankFile>.Failure("", messages["PaymentBatch.NotApproved", batch.Id]);
        if (batch.Status == PaymentBatchStatus.Approved)
        {
            if (await access.RefusalAsync(batch.CampaignId, ct) is { } refusal) return ServiceResult<BankFile>.Failure("", refusal);
            if (layoutId is { } chosen && !await db.BankFileLayouts.AnyAsync(l => l.Id == chosen, ct))
                return ServiceResult<BankFile>.Failure(nameof(layoutId), messages["BankLayout.NotFound"]);
            batch.Status = PaymentBatchStatus.Sent;
            batch.SentAt = clock.GetUtcNow().UtcDateTime;
            batch.SentBy = user.UserName;
            batch.LayoutId = layoutId;
        }
        var layout = await layouts.FindAsync(batch.LayoutId, ct);
        var lines = await FileLinesAsync(batch, layout, ct);
        var content = BankFileWriter.Write(layout, lines);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, UserId = user.UserId, UserName = user.UserName, Entity = nameof(PaymentBatch),
            EntityKey = batch.Id.ToString(CultureInfo.InvariantCulture), Action = AuditAction.Access, OrgUnitId = batch.OrgUnitId,
            NewValues = $$"""{"BankFile":"downloaded","Layout":{{System.Text.Json.JsonSerializer.Serialize(layout.Name)}},"Lines":{{lines.Count}}}""",
        });
        await db.SaveChangesOrConflictAsync(ct);
        var extension = layout.Format == BankFileFormat.Csv ? "csv" : "xlsx";
        var contentType = layout.Format == BankFileFormat.Csv ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return ServiceResult<BankFile>.Success(new BankFile($"代发批次{batch.Id}.{extension}", contentType, content));
    }

    private async Task<List<BankFileLine>> FileLinesAsync(PaymentBatch batch, BankFileLayout layout, CancellationToken ct)
    {
        var wantsIds = layout.IdNumbersAllowed && layout.ParsedColumns().Any(c => c.Field == BankFileField.IdNumber);
        var rows = await db.PaymentBatchLines.AsNoTracking().Where(l => l.PaymentBatchId == batch.Id).OrderBy(l => l.Sequence)
            .Select(l => new
            {
                l.Sequence, l.HolderName, l.AccountCipher, l.Amount, l.BankName, l.Branch,
                HeadName = l.Grant!.Household!.Name, IdCipher = wantsIds ? l.Grant!.Household!.IdNumberCipher : null,
            })
            .ToListAsync(ct);
        var purpose = batch.Campaign!.Name;
        return rows.Select(r => new BankFileLine(r.Sequence, r.HolderName, accounts.Unprotect(r.AccountCipher), r.Amount, r.BankName, r.Branch,
            // The file holds the head's ID number only: family members' numbers are not on file.
            r.IdCipher is not null && r.HolderName == r.HeadName ? idNumbers.Unprotect(r.IdCipher) : null, purpose)).ToList();
    }

    public async Task<PaymentCoverSheet> CoverSheetAsync(int id, CancellationToken ct = default)
    {
        var batch = await GetAsync(id, ct);
        return new PaymentCoverSheet(batch.Id, batch.CampaignName, batch.UnitName, batch.Status, batch.LineCount, batch.Total, ChineseAmount.ToCapital(batch.Total),
            batch.CreatedBy, batch.CreatedAt, batch.ApprovedBy, batch.ApprovedAt, batch.Lines);
    }
}
