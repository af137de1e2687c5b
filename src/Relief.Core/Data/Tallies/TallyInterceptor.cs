using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Relief.Core.Features.Dashboard;

namespace Relief.Core.Data.Tallies;

/// <summary>
/// Keeps the dashboard's tallies (<see cref="CampaignTally"/>, docs/decisions/0005) in step with every save that
/// changes a counted grant, a visit's households or a unit's path: before the save is written, inside its transaction
/// (the audit interceptor's, or one of its own), it locks the campaigns concerned and adds the save's difference to
/// the tallies (<see cref="CampaignTallyKeeper.ApplyAsync"/>). Registered last of <see cref="SaveInterceptors"/>, so the
/// audit log has captured the user's changes first and the tallies, sums of audited rows, are not audited again.
/// Saves nest (the audit log writes its entries with a save of its own): only the outermost save that applied tallies
/// commits the transaction it began and lets the tally rows go. One instance per DbContext (scoped).
/// </summary>
public sealed class TallyInterceptor : SaveChangesInterceptor
{
    private int _depth;
    private int _appliedAtDepth;
    private IDbContextTransaction? _ownTransaction;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeginAsync(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await BeginAsync(eventData.Context, async: true, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EndAsync(eventData.Context, committed: true, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EndAsync(eventData.Context, committed: true, async: true, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        EndAsync(eventData.Context, committed: false, async: false, CancellationToken.None).GetAwaiter().GetResult();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        EndAsync(eventData.Context, committed: false, async: true, cancellationToken);

    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        EndAsync(eventData.Context, committed: false, async: false, CancellationToken.None).GetAwaiter().GetResult();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        EndAsync(eventData.Context, committed: false, async: true, cancellationToken);

    // EF reports a concurrency conflict here, before SaveChangesFailed: the save is over either way.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        EndAsync(eventData.Context, committed: false, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await EndAsync(eventData.Context, committed: false, async: true, cancellationToken);
        return result;
    }

    private async Task BeginAsync(DbContext? context, bool async, CancellationToken ct)
    {
        _depth++;
        if (context is not ReliefDbContext { KeepsTallies: true } db || _appliedAtDepth != 0) return;
        if (TallyChanges.Collect(db) is not { } changes) return;

        _appliedAtDepth = _depth;
        if (db.Database.CurrentTransaction is null)
            _ownTransaction = async ? await db.Database.BeginTransactionAsync(ct) : db.Database.BeginTransaction();
        await CampaignTallyKeeper.ApplyAsync(db, changes, async, ct);
    }

    private async Task EndAsync(DbContext? context, bool committed, bool async, CancellationToken ct)
    {
        // A conflict is reported twice (ThrowingConcurrencyException, then the failure): the second finds nothing open.
        if (_depth == 0) return;
        var depth = _depth--;
        if (depth != _appliedAtDepth) return;

        _appliedAtDepth = 0;
        var transaction = _ownTransaction;
        _ownTransaction = null;
        try
        {
            if (committed && transaction is not null)
            {
                if (async) await transaction.CommitAsync(ct);
                else transaction.Commit();
            }
        }
        finally
        {
            // Written or not, the tally rows leave the change tracker: a retried save recounts from the database.
            if (context is not null)
            {
                foreach (var entry in context.ChangeTracker.Detected<CampaignTally>()) entry.State = EntityState.Detached;
            }
            // Disposing an uncommitted transaction rolls it back: a failed save leaves nothing behind.
            if (transaction is not null)
            {
                if (async) await transaction.DisposeAsync();
                else transaction.Dispose();
            }
        }
    }
}
