namespace Relief.Core.Features.Pairing;

/// <summary>One piece of help to one household of a pairing. Only the fields of its kind are kept.</summary>
public sealed record HelpRecordInput
{
    public int HouseholdId { get; set; }
    public DateOnly GivenOn { get; set; }
    public HelpKind Kind { get; set; }
    public decimal? Amount { get; set; }
    public string? ItemName { get; set; }
    public decimal? Quantity { get; set; }
    public string? Unit { get; set; }
    public string? Description { get; set; }
}
