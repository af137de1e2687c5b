namespace Relief.Core.Features.BankPayments;

/// <summary>What a column of a bank file holds.</summary>
public enum BankFileField
{
    /// <summary>序号: the line's number in the batch; the result is matched on it when the layout has it.</summary>
    Sequence = 0,
    HolderName = 1,
    AccountNumber = 2,
    Amount = 3,
    BankName = 4,
    Branch = 5,
    /// <summary>The holder's resident ID number: written only when the layout is allowed to by an administrator.</summary>
    IdNumber = 6,
    /// <summary>用途 / 摘要: the campaign's name.</summary>
    Purpose = 7,
}
