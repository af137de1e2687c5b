namespace Relief.Core.Features.Grants;

/// <summary>
/// The totals line under a list: every row the filters match, not only the page shown. Unless the list is filtered to
/// them, rejected and withdrawn grants are not in the totals: <see cref="Excluded"/> says how many were left out.
/// </summary>
public sealed record GrantTotals(int Count, int Households, decimal CashAmount, decimal InKindValue, decimal TotalAmount)
{
    public GrantAmountBasis Basis { get; init; }
    public int Excluded { get; init; }
}
