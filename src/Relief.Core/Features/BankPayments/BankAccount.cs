using Relief.Core.Common;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.BankPayments;

/// <summary>
/// 收款账户: the card or account a household's relief is paid into, in the holder's own name (实名制). One per
/// household. The number is encrypted like ID numbers; lists show <see cref="NumberMasked"/> (6222 **** **** 1234).
/// It belongs to its household's file and is reached only through it (the file carries the unit scope).
/// </summary>
public class BankAccount : IVersioned
{
    public int Id { get; set; }
    public int HouseholdId { get; set; }
    public Household? Household { get; set; }

    /// <summary>开户行, e.g. 中国工商银行.</summary>
    public required string BankName { get; set; }
    /// <summary>开户网点 (支行), optional.</summary>
    public string? Branch { get; set; }
    /// <summary>户名: the head of household or a family member; anyone else was confirmed explicitly.</summary>
    public required string HolderName { get; set; }
    /// <summary>The officer confirmed that the holder is not on the file as head or family member.</summary>
    public bool HolderOutsideFamily { get; set; }

    /// <summary>The card or account number, encrypted with Data Protection. Never logged, never audited in clear.</summary>
    public required string NumberCipher { get; set; }
    /// <summary>Keyed hash of the digits: matches a bank's result line without decrypting.</summary>
    public required string NumberHash { get; set; }
    public required string NumberMasked { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }
}
