namespace Relief.Core.Features.BankPayments;

/// <summary>收款账户: recording or changing a household's payee account.</summary>
public sealed record BankAccountInput
{
    public string BankName { get; set; } = "";
    public string? Branch { get; set; }
    public string HolderName { get; set; } = "";
    /// <summary>Blank on a change keeps the number on file.</summary>
    public string? AccountNumber { get; set; }
    /// <summary>The holder is not the head or a family member on the file, and the officer says so.</summary>
    public bool ConfirmHolderOutsideFamily { get; set; }
    /// <summary>The officer keeps a UnionPay number that fails the Luhn check (only where the setting warns).</summary>
    public bool ConfirmCheckDigit { get; set; }
    public Guid Version { get; set; }
}
