namespace Relief.Core.Features.Pairing;

/// <summary>One thing a helper did for one of their households: money, goods, a job found, or a visit.</summary>
public class HelpRecord
{
    public int Id { get; set; }
    public int PairingId { get; set; }
    public int HouseholdId { get; set; }
    public DateOnly GivenOn { get; set; }
    public HelpKind Kind { get; set; }
    /// <summary>Money in yuan (kind Money).</summary>
    public decimal? Amount { get; set; }
    /// <summary>Goods (kind Goods): e.g. 大米 × 50 斤.</summary>
    public string? ItemName { get; set; }
    public decimal? Quantity { get; set; }
    public string? Unit { get; set; }
    /// <summary>The job found (kind Job), or what the visit was about.</summary>
    public string? Description { get; set; }
    public string? RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }
}
