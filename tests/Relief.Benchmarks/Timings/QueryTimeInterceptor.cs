using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Relief.Benchmarks.Timings;

/// <summary>
/// Times every query from execution until its reader is closed (so rows read after the first count too), keyed by its
/// SQL text, and reports the queries of a scenario by total time: where a scenario's database time goes.
/// </summary>
internal sealed class QueryTimeInterceptor : DbCommandInterceptor
{
    private readonly Dictionary<string, (int Count, double Milliseconds, int Order)> _times = [];
    private readonly Dictionary<DbCommand, long> _started = [];

    public bool Enabled { get; set; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Enabled) _started[command] = Stopwatch.GetTimestamp();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (Enabled) _started[command] = Stopwatch.GetTimestamp();
        return result;
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Stop(command);
        return result;
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Stop(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Stop(command);
        return result;
    }

    private void Stop(DbCommand command)
    {
        if (!_started.Remove(command, out var started)) return;
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var sql = command.CommandText.ReplaceLineEndings(" ").Trim();
        _times[sql] = _times.TryGetValue(sql, out var t) ? (t.Count + 1, t.Milliseconds + elapsed, t.Order) : (1, elapsed, _times.Count);
    }

    /// <summary>Every query seen since the last call, slowest first, with its mean time per run of <paramref name="runs"/>.</summary>
    public string Take(int runs, int sqlLength = 400)
    {
        var report = new StringBuilder();
        var total = _times.Values.Sum(t => t.Milliseconds) / runs;
        report.AppendLine(string.Create(CultureInfo.InvariantCulture, $"    {_times.Sum(t => t.Value.Count) / runs} queries per run, {total:F1} ms per run in the database"));
        foreach (var (sql, t) in _times.OrderByDescending(t => t.Value.Milliseconds))
        {
            var text = sql.Length > sqlLength ? sql[..sqlLength] + "…" : sql;
            report.AppendLine(string.Create(CultureInfo.InvariantCulture, $"    {t.Milliseconds / runs,9:F1} ms  ×{t.Count / (double)runs:F0}  #{t.Order,-3} {text}"));
        }
        _times.Clear();
        return report.ToString();
    }
}
