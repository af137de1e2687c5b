using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;

namespace Relief.Core.Features.BankPayments;

/// <summary>
/// Settles a sent batch from the bank's result file, line by line, in one save: a paid line pays its grant (by bank
/// transfer, dated and referenced as the bank says; the fund's committed money becomes spent); a failed line lets go
/// of its grant, payable again, with the bank's reason. A line whose name, account or amount differs from the batch is
/// refused and reported with its row; the rest still settle. A line the batch already holds as the file says is left
/// as it is, so importing the same file twice changes nothing. When every line is paid or failed the batch is Settled.
/// </summary>
public sealed class BankResultImport(
    ReliefDbContext db,
    ICurrentUser user,
    CampaignAccess access,
    BankFileLayoutService layouts,
    BankAccountProtector accounts,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyyMMdd", "yyyy.M.d", "yyyy年M月d日"];

    public async Task<ServiceResult<BankResultReport>> ImportAsync(int batchId, byte[] content, CancellationToken ct = default)
    {
        var head = await db.PaymentBatches.AsNoTracking().Where(b => b.Id == batchId)
            .Select(b => new { b.Id, b.CampaignId, b.Status, b.LayoutId }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        if (await access.RefusalAsync(head.CampaignId, ct) is { } refusal) return ServiceResult<BankResultReport>.Failure("", refusal);
        if (head.Status < PaymentBatchStatus.Sent) return ServiceResult<BankResultReport>.Failure("", messages["PaymentBatch.NotSent", head.Id]);
        var layout = await layouts.FindAsync(head.LayoutId, ct);
        BankResultReader.Sheet sheet;
        try
        {
            sheet = BankResultReader.Read(layout, content);
        }
        catch (InvalidDataException)
        {
            return ServiceResult<BankResultReport>.Failure("File", messages["BankResult.Unreadable"]);
        }
        if (sheet.MissingHeaders.Count > 0)
            return ServiceResult<BankResultReport>.Failure("File", messages["BankResult.MissingHeaders", string.Join(messages["List.Separator"], sheet.MissingHeaders), layout.Name]);

        BankResultReport? report = null;
        var busy = await FundRetry.SaveAsync(db, async attemptCt =>
        {
            // Thousands of lines are tracked while the grants and funds are read: each query would otherwise compare every
            // tracked line again. The save (with detection back on) finds the changes once.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                report = await SettleAsync(batchId, layout, sheet.Rows, attemptCt);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = true;
            }
            return null;
        }, messages["Fund.Busy"], ct);
        return busy is null ? ServiceResult<BankResultReport>.Success(report!) : ServiceResult<BankResultReport>.Failure("", busy);
    }

    private async Task<BankResultReport> SettleAsync(int batchId, BankFileLayout layout, IReadOnlyList<BankResultRow> rows, CancellationToken ct)
    {
        var batch = await db.PaymentBatches.Include(b => b.Lines).FirstAsync(b => b.Id == batchId, ct);
        var bySequence = batch.Lines.ToDictionary(l => l.Sequence);
        var byAccount = batch.Lines.GroupBy(l => l.AccountHash).ToDictionary(g => g.Key, g => g.ToList());
        var matchOnSequence = layout.ParsedColumns().Any(c => c.Field == BankFileField.Sequence);
        var paidValues = Values(layout.PaidValues);
        var failedValues = Values(layout.FailedValues);
        var today = DateOrder.Today(clock);
        var sentOn = DateOnly.FromDateTime(batch.SentAt ?? DateTime.UtcNow);
        var now = clock.GetUtcNow().UtcDateTime;

        var refused = new List<RefusedResultLine>();
        var toPay = new List<(PaymentBatchLine Line, DateOnly Date, string Reference, int Row)>();
        var seen = new HashSet<int>();
        int failed = 0, unchanged = 0, noResult = 0;
        foreach (var row in rows)
        {
            var name = row.Values.GetValueOrDefault(BankFileField.HolderName, "");
            void Refuse(string reason) => refused.Add(new RefusedResultLine(row.RowNumber, name, reason));
            var digits = BankCardNumber.Normalize(row.Values.GetValueOrDefault(BankFileField.AccountNumber, ""));
            var hash = accounts.Hash(digits);
            PaymentBatchLine? line = null;
            if (matchOnSequence)
            {
                if (int.TryParse(row.Values.GetValueOrDefault(BankFileField.Sequence, ""), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
                    bySequence.TryGetValue(sequence, out line);
            }
            else if (byAccount.TryGetValue(hash, out var sameAccount) && sameAccount.Count == 1)
            {
                line = sameAccount[0];
            }
            if (line is null)
            {
                Refuse(messages["BankResult.NoSuchLine"]);
                continue;
            }
            if (!seen.Add(line.Id))
            {
                Refuse(messages["BankResult.Twice", line.Sequence]);
                continue;
            }
            var mismatches = new List<string>();
            if (!string.Equals(name.Trim(), line.HolderName, StringComparison.Ordinal)) mismatches.Add(messages["BankResult.NameDiffers", name, line.HolderName]);
            if (hash != line.AccountHash) mismatches.Add(messages["BankResult.AccountDiffers", line.AccountMasked]);
            var amountText = row.Values.GetValueOrDefault(BankFileField.Amount, "");
            if (ParseAmount(amountText) != line.Amount) mismatches.Add(messages["BankResult.AmountDiffers", amountText, Formats.Amount(line.Amount)]);
            if (mismatches.Count > 0)
            {
                Refuse(string.Join(messages["BankResult.Separator"], mismatches));
                continue;
            }
            var status = row.Status.Trim();
            if (status.Length == 0)
            {
                noResult++;
                continue;
            }
            if (paidValues.Contains(status))
            {
                if (line.Outcome == PaymentLineOutcome.Paid)
                {
                    if (row.Reference.Length == 0 || row.Reference == line.BankReference) unchanged++;
                    else Refuse(messages["BankResult.PaidOtherwise", line.BankReference ?? ""]);
                    continue;
                }
                if (line.Outcome == PaymentLineOutcome.Failed)
                {
                    Refuse(messages["BankResult.FailedBefore", line.FailureReason ?? ""]);
                    continue;
                }
                if (ParseDate(row.Date) is not { } date)
                {
                    Refuse(messages["BankResult.DateMissing", row.Date]);
                    continue;
                }
                if (date > today || date < sentOn)
                {
                    Refuse(messages["BankResult.DateOutOfRange", Formats.Date(date), Formats.Date(sentOn)]);
                    continue;
                }
                if (row.Reference.Length == 0)
                {
                    Refuse(messages["BankResult.ReferenceMissing"]);
                    continue;
                }
                if (row.Reference.Length > FieldLengths.Reference)
                {
                    Refuse(messages["BankResult.ReferenceTooLong", FieldLengths.Reference]);
                    continue;
                }
                toPay.Add((line, date, row.Reference, row.RowNumber));
            }
            else if (failedValues.Contains(status))
            {
                if (line.Outcome == PaymentLineOutcome.Failed)
                {
                    unchanged++;
                    continue;
                }
                if (line.Outcome == PaymentLineOutcome.Paid)
                {
                    Refuse(messages["BankResult.PaidBefore", line.BankReference ?? ""]);
                    continue;
                }
                var reason = row.Reason.Trim();
                line.Outcome = PaymentLineOutcome.Failed;
                line.FailureReason = reason.Length == 0 ? messages["BankResult.NoReason"] : reason[..Math.Min(reason.Length, FieldLengths.ShortText)];
                line.OpenGrantId = null;
                line.SettledAt = now;
                failed++;
            }
            else
            {
                Refuse(messages["BankResult.UnknownStatus", status, layout.PaidValues, layout.FailedValues]);
            }
        }

        var paid = await PayAsync(batch, toPay, refused, now, ct);
        if (paid + failed > 0)
        {
            batch.ResultImportedAt = now;
            if (batch.Lines.All(l => l.Outcome != PaymentLineOutcome.Pending)) batch.Status = PaymentBatchStatus.Settled;
        }
        return new BankResultReport(paid, failed, unchanged, noResult, [.. refused.OrderBy(r => r.RowNumber)], batch.Status == PaymentBatchStatus.Settled);
    }

    /// <summary>Pays each line's grant as the disbursement service does, moving its money from committed to spent.</summary>
    private async Task<int> PayAsync(PaymentBatch batch, List<(PaymentBatchLine Line, DateOnly Date, string Reference, int Row)> toPay,
        List<RefusedResultLine> refused, DateTime now, CancellationToken ct)
    {
        if (toPay.Count == 0) return 0;
        var grantIds = toPay.Select(p => p.Line.GrantId).ToList();
        var grants = new Dictionary<int, Grant>();
        foreach (var chunk in grantIds.Chunk(1000))
            foreach (var grant in await db.Grants.Where(g => chunk.Contains(g.Id)).ToListAsync(ct)) grants[grant.Id] = grant;
        var fundIds = grants.Values.Select(g => g.FundSourceId).OfType<int>().Distinct().ToList();
        var funds = await db.FundSources.Where(f => fundIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var paid = 0;
        foreach (var (line, date, reference, row) in toPay)
        {
            if (!grants.TryGetValue(line.GrantId, out var grant) || grant.Status != GrantStatus.Payable || grant.FundSourceId is not { } fundId
                || grant.TotalAmount != line.Amount)
            {
                refused.Add(new RefusedResultLine(row, line.HolderName, messages["BankResult.GrantNotPayable", line.GrantId]));
                continue;
            }
            var fund = funds[fundId];
            fund.Committed -= grant.TotalAmount;
            fund.Spent += grant.TotalAmount;
            GrantLifecycle.MoveTo(grant, GrantStatus.Disbursed);
            db.Disbursements.Add(new Disbursement
            {
                GrantId = grant.Id,
                PaidOn = date,
                Method = DisbursementMethod.BankTransfer,
                PaidBy = (user.UserName ?? "")[..Math.Min((user.UserName ?? "").Length, FieldLengths.Name)],
                Amount = grant.TotalAmount,
                BankReference = reference,
                Note = messages["BankResult.PaymentNote", batch.Id],
                RecordedAt = now,
            });
            line.Outcome = PaymentLineOutcome.Paid;
            line.BankDate = date;
            line.BankReference = reference;
            line.SettledAt = now;
            paid++;
        }
        return paid;
    }

    private static HashSet<string> Values(string text) =>
        text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static decimal? ParseAmount(string text)
    {
        var cleaned = text.Replace(",", "", StringComparison.Ordinal).Replace("¥", "", StringComparison.Ordinal).Replace("元", "", StringComparison.Ordinal).Trim();
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount) ? amount : null;
    }

    private static DateOnly? ParseDate(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 10 && trimmed[10] == ' ') trimmed = trimmed[..10];
        if (DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        // An Excel date cell arrives as its serial number.
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return null;
    }
}
