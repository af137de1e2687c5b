namespace Relief.Core.Features.BankPayments;

/// <summary>A layout in the administrator's list; <see cref="Id"/> null is the generic layout that ships.</summary>
public sealed record BankFileLayoutListItem(int? Id, string Name, BankFileFormat Format, CsvEncoding CsvEncoding, string Columns, bool IdNumbersAllowed);
