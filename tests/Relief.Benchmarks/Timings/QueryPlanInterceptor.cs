using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Relief.Benchmarks.Timings;

/// <summary>
/// Before each query, asks SQLite for its plan (EXPLAIN QUERY PLAN with the same text and parameters, on the same
/// connection) and keeps it, so a slow scenario shows which tables it scans and which indexes it uses.
/// </summary>
internal sealed class QueryPlanInterceptor : DbCommandInterceptor
{
    private readonly StringBuilder _plans = new();

    public bool Enabled { get; set; }

    public string TakePlans()
    {
        var plans = _plans.ToString();
        _plans.Clear();
        return plans;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Explain(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Explain(command);
        return ValueTask.FromResult(result);
    }

    private void Explain(DbCommand command)
    {
        if (!Enabled) return;
        using var explain = command.Connection!.CreateCommand();
        explain.Transaction = command.Transaction;
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        foreach (DbParameter parameter in command.Parameters)
        {
            var copy = explain.CreateParameter();
            copy.ParameterName = parameter.ParameterName;
            copy.Value = parameter.Value;
            explain.Parameters.Add(copy);
        }
        _plans.AppendLine("    SQL: " + command.CommandText.ReplaceLineEndings(" ").Trim());
        using var reader = explain.ExecuteReader();
        while (reader.Read()) _plans.AppendLine("      " + reader.GetString(3));
    }
}
