namespace Relief.Core.Features.BankPayments;

/// <summary>What a failed Luhn check of a UnionPay card number (starting 62) does, as the union prefers.</summary>
public enum LuhnCheck
{
    /// <summary>The number is refused.</summary>
    Refuse = 0,
    /// <summary>The officer is warned and may keep the number by confirming it.</summary>
    Warn = 1,
}
