using Relief.Core.Features.Households;

namespace Relief.Core.Features.Dashboard;

/// <summary>Paid (disbursed) grants of one household category: households reached, cash and in-kind value.</summary>
public sealed record PaidCategoryLine(HouseholdCategory Category, int Households, decimal Cash, decimal InKind)
{
    public decimal Total => Cash + InKind;
}
