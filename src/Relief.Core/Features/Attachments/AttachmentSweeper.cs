using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Relief.Core.Data;
using Relief.Core.Data.Scope;

namespace Relief.Core.Features.Attachments;

/// <summary>
/// Removes stored files no attachment row points at: left by a process that died between writing a file and saving
/// its row. Files younger than the grace period are left alone, since their upload may still be saving.
/// Reads every unit's rows: a file is an orphan only if no row anywhere needs it.
/// </summary>
public sealed class AttachmentSweeper(ReliefDbContext db, IAttachmentStore store, IOptions<AttachmentOptions> options, TimeProvider clock, ILogger<AttachmentSweeper> logger)
{
    private const int Batch = 500;

    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddMinutes(-options.Value.OrphanGraceMinutes);
        var removed = 0;
        foreach (var batch in store.List().Where(f => f.WrittenAtUtc < cutoff).Chunk(Batch))
        {
            var hashes = batch.Select(f => f.Hash).ToList();
            var attachments = db.Attachments.OutsideUnitScope().AsNoTracking();
            var used = (await attachments.Where(a => hashes.Contains(a.ContentHash)).Select(a => a.ContentHash).ToListAsync(ct))
                .Concat(await attachments.Where(a => a.ThumbnailHash != null && hashes.Contains(a.ThumbnailHash)).Select(a => a.ThumbnailHash!).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var orphan in hashes.Where(h => !used.Contains(h)))
            {
                // Asked again once the file is aside: an upload of the same bytes may have saved its row since the batch was read.
                if (await store.DeleteUnlessAsync(orphan, () => IsReferencedAsync(db, orphan))) removed++;
            }
        }
        if (removed > 0) logger.LogInformation("Removed {Count} stored attachment files that no record points at", removed);
        return removed;
    }

    /// <summary>Whether any row, in any unit, points at the stored file as its content or its thumbnail.</summary>
    internal static Task<bool> IsReferencedAsync(ReliefDbContext db, string hash) =>
        db.Attachments.OutsideUnitScope().AsNoTracking().AnyAsync(a => a.ContentHash == hash || a.ThumbnailHash == hash, CancellationToken.None);
}
