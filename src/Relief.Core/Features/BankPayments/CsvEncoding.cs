namespace Relief.Core.Features.BankPayments;

/// <summary>The character encoding of a .csv bank file: many bank systems still read GB18030 only.</summary>
public enum CsvEncoding
{
    Utf8 = 0,
    Gb18030 = 1,
}
