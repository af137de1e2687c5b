using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Relief.Benchmarks.Printouts;

/// <summary>Each query's time from execution to its reader's end, with its SQL: which figure of a report costs what.</summary>
internal sealed class QueryTimes : DbCommandInterceptor
{
    private readonly List<(double Milliseconds, string Sql)> _times = [];
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbCommand, object> _started = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _started.AddOrUpdate(command, System.Diagnostics.Stopwatch.GetTimestamp());
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        var elapsed = _started.TryGetValue(command, out var started) ? System.Diagnostics.Stopwatch.GetElapsedTime((long)started).TotalMilliseconds : -1;
        lock (_times) _times.Add((elapsed, command.CommandText.ReplaceLineEndings(" ")));
        return result;
    }

    public string Take()
    {
        var report = new StringBuilder();
        lock (_times)
        {
            foreach (var (ms, sql) in _times) report.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{ms,9:F1} ms  {sql}"));
            _times.Clear();
        }
        return report.ToString();
    }
}
