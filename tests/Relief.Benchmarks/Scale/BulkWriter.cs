using System.Diagnostics;
using System.Globalization;
using Relief.Core.Data;

namespace Relief.Benchmarks.Scale;

/// <summary>
/// Writes entities through EF in large batches: change detection off, one SaveChanges (one transaction) per batch,
/// then a cleared change tracker so the next batch starts small. The context has no interceptors (see ScaleServices).
/// </summary>
internal sealed class BulkWriter(ReliefDbContext db)
{
    public long RowsWritten { get; private set; }

    public async Task WriteAsync<T>(string label, IEnumerable<T> entities, int batchSize = ScaleSettings.BatchSize) where T : class
    {
        var stopwatch = Stopwatch.StartNew();
        var rowsBefore = RowsWritten;
        var batch = new List<T>(batchSize);
        foreach (var entity in entities)
        {
            batch.Add(entity);
            if (batch.Count == batchSize) await FlushAsync(batch);
        }
        await FlushAsync(batch);
        var rows = RowsWritten - rowsBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-34}{rows,11:N0} rows {stopwatch.Elapsed.TotalSeconds,7:F1} s {rows / Math.Max(0.001, stopwatch.Elapsed.TotalSeconds),10:N0} rows/s"));
    }

    private async Task FlushAsync<T>(List<T> batch) where T : class
    {
        if (batch.Count == 0) return;
        db.Set<T>().AddRange(batch);
        RowsWritten += await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        batch.Clear();
    }
}
