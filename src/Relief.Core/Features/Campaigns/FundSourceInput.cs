namespace Relief.Core.Features.Campaigns;

public sealed record FundSourceInput
{
    public FundSourceKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? Donor { get; set; }
    public decimal Amount { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public string? Note { get; set; }
    public Guid Version { get; set; }
}
