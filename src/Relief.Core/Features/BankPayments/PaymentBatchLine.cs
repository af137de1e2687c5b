using Relief.Core.Features.Grants;

namespace Relief.Core.Features.BankPayments;

/// <summary>
/// One grant in a batch, with the payee as it stood when the batch was made (what the bank is sent and what its result
/// is checked against). <see cref="OpenGrantId"/> is the grant's id while the line holds the grant (pending or paid)
/// and null once it failed: a unique index on it lets a grant be in at most one open batch, whatever races.
/// </summary>
public class PaymentBatchLine
{
    public int Id { get; set; }
    public int PaymentBatchId { get; set; }
    public PaymentBatch? PaymentBatch { get; set; }
    /// <summary>序号 in the batch's file, from 1.</summary>
    public int Sequence { get; set; }
    public int GrantId { get; set; }
    public Grant? Grant { get; set; }
    public int? OpenGrantId { get; set; }
    public int HouseholdId { get; set; }

    public required string HolderName { get; set; }
    public required string BankName { get; set; }
    public string? Branch { get; set; }
    public required string AccountCipher { get; set; }
    public required string AccountHash { get; set; }
    public required string AccountMasked { get; set; }
    public decimal Amount { get; set; }

    public PaymentLineOutcome Outcome { get; set; }
    public DateOnly? BankDate { get; set; }
    public string? BankReference { get; set; }
    public string? FailureReason { get; set; }
    public DateTime? SettledAt { get; set; }
}
