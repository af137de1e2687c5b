namespace Relief.Core.Features.BankPayments;

/// <summary>An administrator's bank file layout.</summary>
public sealed record BankFileLayoutInput
{
    public string Name { get; set; } = "";
    public BankFileFormat Format { get; set; }
    public CsvEncoding CsvEncoding { get; set; }
    public string SheetName { get; set; } = "";
    /// <summary>One <c>Field=Header</c> a line, in the file's order.</summary>
    public string Columns { get; set; } = "";
    public bool IdNumbersAllowed { get; set; }
    public string StatusHeader { get; set; } = "";
    public string ReasonHeader { get; set; } = "";
    public string DateHeader { get; set; } = "";
    public string ReferenceHeader { get; set; } = "";
    public string PaidValues { get; set; } = "";
    public string FailedValues { get; set; } = "";
    public Guid Version { get; set; }

    public static BankFileLayoutInput From(BankFileLayout layout) => new()
    {
        Name = layout.Name, Format = layout.Format, CsvEncoding = layout.CsvEncoding, SheetName = layout.SheetName, Columns = layout.Columns,
        IdNumbersAllowed = layout.IdNumbersAllowed, StatusHeader = layout.StatusHeader, ReasonHeader = layout.ReasonHeader, DateHeader = layout.DateHeader,
        ReferenceHeader = layout.ReferenceHeader, PaidValues = layout.PaidValues, FailedValues = layout.FailedValues, Version = layout.Version,
    };
}
