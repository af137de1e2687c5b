namespace Relief.Core.Common.Spreadsheets;

/// <summary>
/// A column of a sheet: its header, its width in characters, and whether the whole column is formatted as text, so
/// that what a user types into it later (an 18-digit ID number, a phone number with its leading 0) stays as typed.
/// </summary>
public sealed record XlsxColumn(string Header, double Width = 14, bool IsText = false);
