using System.Globalization;

namespace Relief.Web.Pages.Goods;

/// <summary>Quantities as counted: 60, 12.5, never 60.000.</summary>
public static class GoodsDisplay
{
    public static string Quantity(decimal value) => value.ToString("#,##0.###", CultureInfo.CurrentCulture);
}
