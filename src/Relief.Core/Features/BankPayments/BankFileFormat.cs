namespace Relief.Core.Features.BankPayments;

public enum BankFileFormat
{
    Xlsx = 0,
    Csv = 1,
}
