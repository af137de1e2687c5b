using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Relief.Core.Common;

namespace Relief.Core.Data;

/// <summary>
/// Writes many new rows of one entity type with multi-row INSERT statements made from the EF model: this provider's
/// table and column names, type mappings and value converters, so a row reads back exactly as if SaveChanges had
/// written it. It exists for bulk imports: SaveChanges spent two thirds of a 50,000-household import tracking entities
/// and, on SQLite, preparing one statement per row (docs/performance.md).
/// What SaveChanges would do around the write is the caller's: keys the database makes are not read back (find the
/// rows by a unique column), and no interceptor runs: versions are stamped here, the audit is written by the caller
/// (<see cref="AuditInterceptor.CallerWritesAudit"/>).
/// </summary>
public static class BulkInsert
{
    // SQL Server takes at most 2,100 parameters and 1,000 rows of VALUES in one statement; SQLite and PostgreSQL more.
    private const int MaxParameters = 2000;
    private const int MaxRows = 1000;

    // SQLite runs in this process, so putting rows together saves no round trips, and it finds each named parameter by
    // a search through the statement's names: a 2,000-parameter statement cost 340 µs a row. One row per statement,
    // prepared once and run again, costs a few.
    private const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>Inserts <paramref name="rows"/> inside the caller's transaction, which makes them all or none.</summary>
    public static Task InsertAsync<T>(this DbContext db, IReadOnlyCollection<T> rows, CancellationToken ct = default) where T : class =>
        WriteAsync(db, rows, async: true, ct);

    /// <summary>As <see cref="InsertAsync{T}"/>, for a caller that is itself synchronous (a SaveChanges interceptor).</summary>
    public static void Insert<T>(this DbContext db, IReadOnlyCollection<T> rows) where T : class =>
        WriteAsync(db, rows, async: false, CancellationToken.None).GetAwaiter().GetResult();

    private static async Task WriteAsync<T>(DbContext db, IReadOnlyCollection<T> rows, bool async, CancellationToken ct) where T : class
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk insert runs inside the caller's transaction, so that it is all or none.");
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never)).ToList();
        if (columns.Any(p => p.IsShadowProperty()))
            throw new NotSupportedException($"{typeof(T).Name} has shadow properties, which a bulk insert cannot read.");
        var getters = columns.Select(p => p.GetGetter()).ToList();
        var mappings = columns.Select(p => p.GetRelationalTypeMapping()).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var insertInto = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
        var rowsPerStatement = db.Database.ProviderName == SqliteProviderName ? 1 : Math.Min(MaxRows, MaxParameters / columns.Count);

        var connection = db.Database.GetDbConnection();
        // Every full statement has the same text, so one command serves them all and is prepared once.
        await using var full = connection.CreateCommand();
        full.CommandText = Statement(insertInto, rowsPerStatement, columns.Count, sql);
        full.Transaction = transaction;
        full.CommandTimeout = db.Database.GetCommandTimeout() ?? full.CommandTimeout;
        foreach (var chunk in rows.Chunk(rowsPerStatement))
        {
            await using var last = chunk.Length == rowsPerStatement ? null : connection.CreateCommand();
            var command = last ?? full;
            if (last is not null)
            {
                last.CommandText = Statement(insertInto, chunk.Length, columns.Count, sql);
                last.Transaction = transaction;
                last.CommandTimeout = full.CommandTimeout;
            }
            command.Parameters.Clear();
            for (var row = 0; row < chunk.Length; row++)
            {
                if (chunk[row] is IVersioned versioned) versioned.Version = Guid.NewGuid();
                for (var column = 0; column < columns.Count; column++)
                    command.Parameters.Add(mappings[column].CreateParameter(command, sql.GenerateParameterName(ParameterName(row, column, columns.Count)),
                        getters[column].GetClrValue(chunk[row]), columns[column].IsNullable));
            }
            if (async) await command.ExecuteNonQueryAsync(ct);
            else command.ExecuteNonQuery();
        }
    }

    private static string Statement(string insertInto, int rows, int columns, ISqlGenerationHelper sql)
    {
        var text = new StringBuilder(insertInto);
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns; column++)
                text.Append(column == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(ParameterName(row, column, columns)));
            text.Append(')');
        }
        return text.ToString();
    }

    private static string ParameterName(int row, int column, int columns) => $"p{row * columns + column}";
}
