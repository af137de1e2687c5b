namespace Relief.Core.Features.BankPayments;

/// <summary>One change of a household's payee account, shown on the file: who, when, from what to what (masked).</summary>
public class BankAccountChange
{
    public int Id { get; set; }
    public int HouseholdId { get; set; }
    public DateTime ChangedAt { get; set; }
    public required string ChangedBy { get; set; }
    /// <summary>The account before, masked with bank and holder; null when the account was first recorded.</summary>
    public string? Before { get; set; }
    public required string After { get; set; }
}
