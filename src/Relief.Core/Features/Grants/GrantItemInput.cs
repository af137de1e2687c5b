namespace Relief.Core.Features.Grants;

/// <summary>An in-kind item: 米、面、油… quantity × unit value.</summary>
public sealed record GrantItemInput
{
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal Quantity { get; set; }
    public decimal UnitValue { get; set; }

    public decimal Value => Math.Round(Quantity * UnitValue, 2, MidpointRounding.AwayFromZero);
}
