namespace Relief.Core.Features.Pairing;

/// <summary>
/// What a set of pairings adds up to (the overview's totals and the year-end summary's 结对帮扶 figures): helpers taking
/// part (each counted once), households paired (each counted once), money, goods by unit, jobs found and visits.
/// </summary>
public sealed record PairingTotals(
    int Helpers, int Households, int HouseholdsHelped, decimal Money, IReadOnlyList<PairingTotals.GoodsLine> Goods, int Jobs, int Visits, int Records)
{
    public static readonly PairingTotals None = new(0, 0, 0, 0m, [], 0, 0, 0);

    public sealed record GoodsLine(string Unit, decimal Quantity);
}
