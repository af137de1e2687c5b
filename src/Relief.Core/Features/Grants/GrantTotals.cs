namespace Relief.Core.Features.Grants;

/// <summary>The totals line under a list: every row the filters match, not only the page shown.</summary>
public sealed record GrantTotals(int Count, int Households, decimal CashAmount, decimal InKindValue, decimal TotalAmount);
