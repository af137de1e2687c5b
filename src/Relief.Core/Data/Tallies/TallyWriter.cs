using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Relief.Core.Features.Dashboard;

namespace Relief.Core.Data.Tallies;

/// <summary>
/// Adds a save's differences to the tally rows without reading them: one prepared UPDATE per key
/// (<c>Grants = Grants + @g …</c>), an INSERT where no row had the key yet, and at the end the rows that came to zero
/// removed. SQL made from the EF model (this provider's table, columns, type mappings and converters, as
/// <see cref="BulkInsert"/>), inside the save's transaction, under its lock on the campaigns. A committee approving
/// 2,039 applications at once moves some 13,000 keys; reading them first and saving them through the change tracker
/// took most of that decision's time (docs/performance.md).
/// </summary>
internal static class TallyWriter
{
    private static readonly string[] KeyColumns =
        [nameof(CampaignTally.CampaignId), nameof(CampaignTally.Scope), nameof(CampaignTally.Measure), nameof(CampaignTally.Status), nameof(CampaignTally.Category), nameof(CampaignTally.Kind)];

    private static readonly string[] ValueColumns = [nameof(CampaignTally.Grants), nameof(CampaignTally.Households), nameof(CampaignTally.Amount)];

    public static async Task AddAsync(ReliefDbContext db, IReadOnlyDictionary<TallyKey, TallyValue> changes, bool async, CancellationToken ct)
    {
        var entityType = db.Model.FindEntityType(typeof(CampaignTally))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        // In the order Bind gives the values.
        var columns = KeyColumns.Concat(ValueColumns).Select(name => entityType.FindProperty(name)!).ToList();
        string Column(string name) => sql.DelimitIdentifier(entityType.FindProperty(name)!.GetColumnName(table)!);
        string Parameter(string name) => sql.GenerateParameterNamePlaceholder(name);
        var tableName = sql.DelimitIdentifier(table.Name, table.Schema);
        var where = string.Join(" AND ", KeyColumns.Select(c => $"{Column(c)} = {Parameter(c)}"));

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Tallies are written inside the save's transaction.");
        await using var update = Command(connection, transaction, db,
            $"UPDATE {tableName} SET {string.Join(", ", ValueColumns.Select(c => $"{Column(c)} = {Column(c)} + {Parameter(c)}"))} WHERE {where}");
        await using var insert = Command(connection, transaction, db,
            $"INSERT INTO {tableName} ({string.Join(", ", columns.Select(p => Column(p.Name)))}) VALUES ({string.Join(", ", columns.Select(p => Parameter(p.Name)))})");

        foreach (var (key, change) in changes)
        {
            if (change.IsZero) continue;
            Bind(update, columns, sql, key, change);
            var updated = async ? await update.ExecuteNonQueryAsync(ct) : update.ExecuteNonQuery();
            if (updated > 0) continue;
            Bind(insert, columns, sql, key, change);
            if (async) await insert.ExecuteNonQueryAsync(ct);
            else insert.ExecuteNonQuery();
        }

        // A row that came to zero counts nothing: gone, as if it had never been written. Only a key that went down can
        // have come to zero (one pass over a campaign's rows cost a committee's batch 0.3 s; its 6,600 keys one by one less).
        await using var delete = Command(connection, transaction, db,
            $"DELETE FROM {tableName} WHERE {where} AND {string.Join(" AND ", ValueColumns.Select(c => $"{Column(c)} = {Parameter(c)}"))}");
        foreach (var key in changes.Where(c => c.Value.Grants < 0 || c.Value.Households < 0 || c.Value.Amount < 0m).Select(c => c.Key))
        {
            Bind(delete, columns, sql, key, default);
            if (async) await delete.ExecuteNonQueryAsync(ct);
            else delete.ExecuteNonQuery();
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, DbContext db, string text)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = transaction;
        command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
        return command;
    }

    /// <summary>The key's and the change's values, each through its property's type mapping and converter.</summary>
    private static void Bind(DbCommand command, List<IProperty> columns, ISqlGenerationHelper sql, TallyKey key, TallyValue change)
    {
        command.Parameters.Clear();
        object?[] values = [key.CampaignId, key.Scope, key.Measure, key.Status, key.Category, key.Kind, change.Grants, change.Households, change.Amount];
        for (var i = 0; i < columns.Count; i++)
            command.Parameters.Add(columns[i].GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName(columns[i].Name), values[i], columns[i].IsNullable));
    }
}
