using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Relief.Core.Features.Households.Import;

/// <summary>
/// The imports waiting and running on this node: a bounded queue that one background runner reads, one import at a
/// time (SQLite has one writer, and a 50,000-row import is a long transaction), and the jobs by id for the page to
/// poll. A unit may have one import queued or running. Finished jobs are forgotten after <see cref="KeepFinished"/>.
/// </summary>
public sealed class HouseholdImportQueue(TimeProvider clock)
{
    public const int Capacity = 8;
    public static readonly TimeSpan KeepFinished = TimeSpan.FromHours(24);

    private readonly Channel<ImportJob> _queue = Channel.CreateBounded<ImportJob>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly ConcurrentDictionary<Guid, ImportJob> _jobs = new();
    private readonly Lock _gate = new();

    public ImportQueueOutcome TryEnqueue(ImportJob job, out ImportJob? unitsJob)
    {
        lock (_gate)
        {
            ForgetOldJobs();
            unitsJob = ActiveFor(job.OrgUnitId);
            if (unitsJob is not null) return ImportQueueOutcome.UnitBusy;
            _jobs[job.Id] = job;
            if (_queue.Writer.TryWrite(job)) return ImportQueueOutcome.Queued;
            _jobs.TryRemove(job.Id, out _);
            return ImportQueueOutcome.QueueFull;
        }
    }

    public ImportJob? Find(Guid id) => _jobs.TryGetValue(id, out var job) ? job : null;

    /// <summary>The unit's import that is queued or running, if any.</summary>
    public ImportJob? ActiveFor(int orgUnitId) => _jobs.Values.FirstOrDefault(j => j.OrgUnitId == orgUnitId && !j.IsFinished);

    public IAsyncEnumerable<ImportJob> ReadAllAsync(CancellationToken ct) => _queue.Reader.ReadAllAsync(ct);

    private void ForgetOldJobs()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - KeepFinished;
        foreach (var (id, job) in _jobs)
        {
            if (job.FinishedAt < cutoff) _jobs.TryRemove(id, out _);
        }
    }
}
