namespace Relief.Core.Features.Households.Import;

/// <summary>One thing wrong with an uploaded sheet. Row is the Excel row number (1 = the header row; 0 = the file as a whole).</summary>
public sealed record ImportProblem(int Row, string Column, string Message);
