using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Relief.Core.Common;

namespace Relief.Core.Data;

/// <summary>
/// Gives every added or modified <see cref="IVersioned"/> entity a new <see cref="IVersioned.Version"/>.
/// The original value (the one the user loaded) stays in the WHERE clause, so a stale save fails.
/// </summary>
public sealed class VersionStampInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is null) return;
        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.Detected<IVersioned>())
        {
            // Through the entry, so the tracker knows at once and needs no second detection.
            if (entry.State is EntityState.Added or EntityState.Modified)
                entry.Property(e => e.Version).CurrentValue = Guid.NewGuid();
        }
    }
}
