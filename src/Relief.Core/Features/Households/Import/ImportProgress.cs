namespace Relief.Core.Features.Households.Import;

/// <summary>
/// How far a confirmed import has got: rows checked (the file re-read and validated), then rows saved. Written by the
/// import, read by the page's polls on other threads, so every field is read and written whole (Volatile/Interlocked).
/// </summary>
public sealed class ImportProgress(TimeProvider clock)
{
    /// <summary>
    /// Saving a row costs about five times checking it (docs/performance.md: 50,000 rows checked in ~3 s, saved in ~15 s):
    /// the weight of saving in the bar and in the first estimate of the time left.
    /// </summary>
    public const int SaveCostInChecks = 5;

    private int _total;
    private int _checked;
    private int _saved;
    private long _checkingStartedTicks;
    private long _savingStartedTicks;

    public int Total => Volatile.Read(ref _total);
    public int Checked => Volatile.Read(ref _checked);
    public int Saved => Volatile.Read(ref _saved);
    public bool IsSaving => Volatile.Read(ref _savingStartedTicks) != 0;

    public void BeginChecking(int totalRows)
    {
        Volatile.Write(ref _total, totalRows);
        Volatile.Write(ref _checkingStartedTicks, clock.GetUtcNow().UtcTicks);
    }

    public void RowsChecked(int rows) => Volatile.Write(ref _checked, rows);

    public void BeginSaving(int rowsToSave)
    {
        Volatile.Write(ref _total, rowsToSave);
        Volatile.Write(ref _checked, rowsToSave);
        Volatile.Write(ref _savingStartedTicks, clock.GetUtcNow().UtcTicks);
    }

    public void RowsSaved(int rows) => Volatile.Write(ref _saved, rows);

    /// <summary>Whole per cent of the work done, saving weighted by <see cref="SaveCostInChecks"/>.</summary>
    public int Percent
    {
        get
        {
            var total = Total;
            if (total == 0) return 0;
            var done = Checked + ((long)Saved * SaveCostInChecks);
            return (int)Math.Min(100, done * 100 / ((long)total * (1 + SaveCostInChecks)));
        }
    }

    /// <summary>The time left at the pace so far; null until there is a pace to go by.</summary>
    public TimeSpan? Remaining()
    {
        var now = clock.GetUtcNow().UtcTicks;
        var total = Total;
        var savingStarted = Volatile.Read(ref _savingStartedTicks);
        if (savingStarted != 0)
        {
            var saved = Saved;
            return saved == 0 ? null : TimeSpan.FromTicks((now - savingStarted) * (total - saved) / saved);
        }
        var checkingStarted = Volatile.Read(ref _checkingStartedTicks);
        var checkedRows = Checked;
        if (checkingStarted == 0 || checkedRows == 0) return null;
        var perRow = (double)(now - checkingStarted) / checkedRows;
        return TimeSpan.FromTicks((long)(perRow * ((total - checkedRows) + ((long)total * SaveCostInChecks))));
    }
}
