namespace Relief.Core.Features.BankPayments;

public enum PaymentLineOutcome
{
    /// <summary>No result from the bank yet.</summary>
    Pending = 0,
    Paid = 1,
    /// <summary>The bank could not pay it (户名不符, 账号有误, 卡已注销…): the grant is payable again.</summary>
    Failed = 2,
}
