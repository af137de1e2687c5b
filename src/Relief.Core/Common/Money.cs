namespace Relief.Core.Common;

/// <summary>
/// Money is yuan, exact to the fen (分), at every door: inputs refuse a third decimal, and the database stores exactly
/// what it is given, whole fen on SQLite (<see cref="ToFen"/>), decimal(18,2) on the servers.
/// </summary>
public static class Money
{
    /// <summary>Precision for every money column: yuan with two decimals.</summary>
    public const int Precision = 18;
    public const int Scale = 2;
    public const int QuantityScale = 3;

    /// <summary>The annotation <c>IsMoney()</c> puts on a property, so a provider can store it its own way.</summary>
    public const string Annotation = "Relief:Money";

    public static bool IsWholeFen(decimal yuan) => decimal.Round(yuan, Scale) == yuan;

    /// <summary>
    /// Yuan to whole fen for storage. An amount with a fraction of a fen never reaches the books: it is refused here, at
    /// the last door, not rounded (the inputs refuse it first, with a message).
    /// </summary>
    public static long ToFen(decimal yuan) => IsWholeFen(yuan)
        ? decimal.ToInt64(yuan * 100m)
        : throw new ArgumentOutOfRangeException(nameof(yuan), yuan, "Money is stored exact to the fen; this amount has a fraction of a fen.");

    public static decimal FromFen(long fen) => fen / 100m;
}
