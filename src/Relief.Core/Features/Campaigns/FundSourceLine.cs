namespace Relief.Core.Features.Campaigns;

/// <summary>A fund source with its money as the ledger keeps it: raised (allocated), committed (approved, not paid), spent, balance.</summary>
public sealed record FundSourceLine(
    int Id, FundSourceKind Kind, string Name, string? Donor, DateOnly ReceivedOn, string? Note,
    decimal Amount, decimal Committed, decimal Spent, decimal Balance, Guid Version);
