using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;

namespace Relief.Core.Data;

public static class SaveChangesExtensions
{
    /// <summary>
    /// Saves; a stale <see cref="IVersioned.Version"/> becomes a <see cref="ConcurrencyConflictException"/> the pages know
    /// how to show. So does a save the database refused only because another one ran at the same moment: a deadlock
    /// or serialization failure on PostgreSQL (40P01, 40001), a busy file on SQLite, which ADO.NET marks transient.
    /// The database rolled it back whole; saving again after a fresh look is the right answer, as for a stale version.
    /// </summary>
    public static async Task SaveChangesOrConflictAsync(this DbContext db, CancellationToken ct = default)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // What this context tracks is the refused edit: a later read in the same request (the conflict view's
            // "saved now") must come from the database, not from it.
            db.ChangeTracker.Clear();
            throw new ConcurrencyConflictException("The record was changed by someone else since it was loaded.", ex);
        }
        catch (DbUpdateException ex) when (ex.InnerException is DbException { IsTransient: true })
        {
            db.ChangeTracker.Clear();
            throw new ConcurrencyConflictException("Someone else was saving the same records at the same moment.", ex);
        }
    }
}
