namespace Relief.Core.Features.Grants;

/// <summary>An in-kind item: 米、面、油… quantity × unit value.</summary>
public class GrantItem
{
    public int Id { get; set; }
    public int GrantId { get; set; }
    public required string Name { get; set; }
    public required string Unit { get; set; }
    public decimal Quantity { get; set; }
    public decimal UnitValue { get; set; }
}
