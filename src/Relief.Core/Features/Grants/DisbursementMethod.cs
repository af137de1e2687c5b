namespace Relief.Core.Features.Grants;

public enum DisbursementMethod
{
    Cash = 0,
    BankTransfer = 1,
    Goods = 2,
}
