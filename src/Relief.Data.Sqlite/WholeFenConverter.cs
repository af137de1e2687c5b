using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Relief.Core.Common;

namespace Relief.Data.Sqlite;

/// <summary>
/// Money on SQLite: whole fen in an INTEGER column. SQLite has no decimal type (EF would store text, which sums
/// and sorts only through casts); whole fen sum and sort natively, exactly, and an index can hold their order.
/// </summary>
public sealed class WholeFenConverter() : ValueConverter<decimal, long>(yuan => Money.ToFen(yuan), fen => Money.FromFen(fen));
