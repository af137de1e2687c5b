using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;

namespace Relief.Core.Features.Campaigns;

/// <summary>
/// Saves a change that moves money on a fund source. <see cref="FundSource.Version"/> is the concurrency token, so when
/// two approvals (or a payment and an approval) touch the same source at the same moment, the second save fails
/// instead of overdrawing it. The loser reloads everything, checks again (the balance may no longer cover it, or
/// the grant may have been decided or paid meanwhile) and tries again, a few times, before giving up with a message.
/// </summary>
public static class FundRetry
{
    public const int MaxAttempts = 8;

    /// <param name="attempt">
    /// Loads what it needs into the (cleared) change tracker, checks the rules and makes the change; returns why it
    /// refuses, or null to save. It runs again from scratch after a conflict.
    /// </param>
    /// <returns>Null when saved; otherwise the refusal, or <paramref name="busyMessage"/> when every attempt lost a race.</returns>
    public static async Task<string?> SaveAsync(ReliefDbContext db, Func<CancellationToken, Task<string?>> attempt, string busyMessage, CancellationToken ct)
    {
        for (var attemptNumber = 1; ; attemptNumber++)
        {
            db.ChangeTracker.Clear();
            var refusal = await attempt(ct);
            if (refusal is not null)
            {
                db.ChangeTracker.Clear();
                return refusal;
            }
            try
            {
                await db.SaveChangesAsync(ct);
                return null;
            }
            // A stale version, or a unique index hit by a racing request (a second payment): reload and decide again.
            catch (DbUpdateException) when (attemptNumber < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(5, 20 * attemptNumber), ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return busyMessage;
            }
        }
    }
}
