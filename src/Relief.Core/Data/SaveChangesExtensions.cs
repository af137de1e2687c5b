using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;

namespace Relief.Core.Data;

public static class SaveChangesExtensions
{
    /// <summary>Saves; a stale <see cref="IVersioned.Version"/> becomes a <see cref="ConcurrencyConflictException"/> the pages know how to show.</summary>
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
    }
}
