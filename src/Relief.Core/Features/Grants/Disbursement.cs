namespace Relief.Core.Features.Grants;

/// <summary>发放: paying a grant, exactly once (unique on the grant).</summary>
public class Disbursement
{
    public int Id { get; set; }
    public int GrantId { get; set; }
    public Grant? Grant { get; set; }
    public DateOnly PaidOn { get; set; }
    public DisbursementMethod Method { get; set; }
    public required string PaidBy { get; set; }
    public decimal Amount { get; set; }
    /// <summary>The visit during which it was handed over, if any.</summary>
    public int? VisitId { get; set; }
    public bool SignedOff { get; set; }
    public string? Note { get; set; }
    /// <summary>The bank's reference (流水号) of a payment settled from a bank batch's result.</summary>
    public string? BankReference { get; set; }
    public DateTime RecordedAt { get; set; }
}
