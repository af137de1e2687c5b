namespace Relief.Core.Common;

public static class Money
{
    /// <summary>Precision for every money column: yuan with two decimals.</summary>
    public const int Precision = 18;
    public const int Scale = 2;
    public const int QuantityScale = 3;
}
