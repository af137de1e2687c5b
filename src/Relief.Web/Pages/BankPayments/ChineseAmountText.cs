using Relief.Core.Features.Grants;

namespace Relief.Web.Pages.BankPayments;

/// <summary>The amount in 大写 beside the figures, as the cover sheet prints it.</summary>
public static class ChineseAmountText
{
    public static string Of(decimal amount) => ChineseAmount.ToCapital(amount);
}
