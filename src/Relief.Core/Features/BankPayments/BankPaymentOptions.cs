using System.ComponentModel.DataAnnotations;

namespace Relief.Core.Features.BankPayments;

public sealed class BankPaymentOptions
{
    public const string Section = "BankPayments";

    /// <summary>A UnionPay card number (62…) that fails the Luhn check: Refuse (default) or Warn.</summary>
    [EnumDataType(typeof(LuhnCheck))]
    public LuhnCheck LuhnCheck { get; set; } = LuhnCheck.Refuse;
}
