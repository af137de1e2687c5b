namespace Relief.Core.Features.BankPayments;

/// <summary>One line of a bank's result file, read by the layout's headers: the values as text, and its row number in the file.</summary>
public sealed record BankResultRow(int RowNumber, IReadOnlyDictionary<BankFileField, string> Values, string Status, string Reason, string Date, string Reference);
