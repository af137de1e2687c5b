using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Dashboard;

namespace Relief.Core.Data;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every insert, update and delete: who, when, what, old and new values.
/// Values are read before the save (old values are gone after it) and written after it (store-generated keys
/// are known only then), inside one transaction with the change itself, so there is never a change without
/// its audit row. They are written with <see cref="BulkInsert"/>, not a second SaveChanges: that tracked every entry
/// and ran every interceptor again (a committee's batch of 2,039 decisions writes 4,079 entries). Properties marked sensitive are written as "***".
/// One instance per DbContext (scoped), since it carries the pending entries and the acting user.
/// </summary>
public sealed class AuditInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    private const string Redacted = "***";
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<PendingAudit> _pending = [];
    private IDbContextTransaction? _ownTransaction;
    private bool _writingAudit;
    private bool _callerWrites;

    /// <summary>
    /// For a bulk operation that writes its own audit entries in the same transaction (the household import: one entry
    /// per file with its categories, members and history inside, and one for the import): until disposed, saves of
    /// this context are not captured here. The caller must write an entry for every record it creates.
    /// </summary>
    public IDisposable CallerWritesAudit()
    {
        _callerWrites = true;
        return new CallerScope(this);
    }

    /// <summary>An entity's current values as an audit entry shows them: sensitive properties as "***".</summary>
    public static Dictionary<string, object?> CurrentValues(EntityEntry entry)
    {
        var values = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
            values[property.Metadata.Name] = IsSensitive(property) ? Redacted : property.CurrentValue;
        return values;
    }

    /// <summary>An untracked entity's values as an audit entry shows them (a bulk write's rows: <see cref="BulkInsert"/>).</summary>
    public static Dictionary<string, object?> CurrentValues(IEntityType entityType, object entity)
    {
        var values = new Dictionary<string, object?>();
        foreach (var property in entityType.GetProperties())
            values[property.Name] = IsSensitive(property) ? Redacted : property.GetGetter().GetClrValue(entity);
        return values;
    }

    /// <summary>Values serialized as the audit log stores them (Chinese kept readable).</summary>
    public static string Serialize(object values) => JsonSerializer.Serialize(values, JsonOptions);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && !_writingAudit && !_callerWrites && Capture(context))
            _ownTransaction ??= context.Database.CurrentTransaction is null ? context.Database.BeginTransaction() : null;
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && !_writingAudit && !_callerWrites && Capture(context))
            _ownTransaction ??= context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(cancellationToken) : null;
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && !_writingAudit && _pending.Count > 0)
        {
            try
            {
                _writingAudit = true;
                context.Insert(BuildEntries());
                _ownTransaction?.Commit();
            }
            finally
            {
                EndSave();
            }
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && !_writingAudit && _pending.Count > 0)
        {
            try
            {
                _writingAudit = true;
                await context.InsertAsync(BuildEntries(), cancellationToken);
                if (_ownTransaction is not null) await _ownTransaction.CommitAsync(cancellationToken);
            }
            finally
            {
                EndSave();
            }
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (!_writingAudit) EndSave();
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!_writingAudit) EndSave();
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => EndSave();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        EndSave();
        return Task.CompletedTask;
    }

    // EF reports a concurrency conflict here, not through SaveChangesFailed: release the transaction we opened,
    // or the stale context keeps SQLite's write lock until it is disposed.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        if (!_writingAudit) EndSave();
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (!_writingAudit) EndSave();
        return ValueTask.FromResult(result);
    }

    private void EndSave()
    {
        _pending.Clear();
        _writingAudit = false;
        // Disposing an uncommitted transaction rolls it back: a failed save leaves nothing behind.
        _ownTransaction?.Dispose();
        _ownTransaction = null;
    }

    private bool Capture(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        _pending.Clear();
        foreach (var entry in context.ChangeTracker.Detected())
        {
            // Tallies are sums of audited rows, rebuilt from them: auditing them would only repeat those rows.
            if (entry.Entity is AuditEntry or CampaignTally || entry.State is EntityState.Detached or EntityState.Unchanged) continue;
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Insert,
                EntityState.Deleted => AuditAction.Delete,
                _ => AuditAction.Update,
            };
            var old = new Dictionary<string, object?>();
            var changed = new Dictionary<string, object?>();
            foreach (var property in entry.Properties)
            {
                var sensitive = property.Metadata.FindAnnotation(SensitiveData.Annotation) is not null;
                switch (action)
                {
                    case AuditAction.Delete:
                        old[property.Metadata.Name] = sensitive ? Redacted : property.OriginalValue;
                        break;
                    case AuditAction.Update when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                        old[property.Metadata.Name] = sensitive ? Redacted : property.OriginalValue;
                        changed[property.Metadata.Name] = sensitive ? Redacted : property.CurrentValue;
                        break;
                }
            }
            if (action == AuditAction.Update && changed.Count == 0) continue;
            _pending.Add(new PendingAudit(entry, action, old, changed, action == AuditAction.Delete ? KeyOf(entry) : null));
        }
        return _pending.Count > 0;
    }

    private List<AuditEntry> BuildEntries()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = new List<AuditEntry>(_pending.Count);
        foreach (var pending in _pending)
        {
            var entry = pending.Entry;
            var newValues = pending.NewValues;
            if (pending.Action == AuditAction.Insert)
            {
                foreach (var (name, value) in CurrentValues(entry)) newValues[name] = value;
            }
            entries.Add(new AuditEntry
            {
                At = now,
                UserId = currentUser.UserId,
                UserName = currentUser.UserName,
                Entity = entry.Metadata.ClrType.Name,
                EntityKey = pending.DeletedKey ?? KeyOf(entry),
                Action = pending.Action,
                OldValues = pending.OldValues.Count > 0 ? JsonSerializer.Serialize(pending.OldValues, JsonOptions) : null,
                NewValues = newValues.Count > 0 ? JsonSerializer.Serialize(newValues, JsonOptions) : null,
                OrgUnitId = entry.Entity switch { IUnitOwned owned => owned.OrgUnitId, OrgUnit unit => unit.Id, _ => null },
            });
        }
        return entries;
    }

    private static bool IsSensitive(PropertyEntry property) => IsSensitive(property.Metadata);

    private static bool IsSensitive(IReadOnlyProperty property) => property.FindAnnotation(SensitiveData.Annotation) is not null;

    private sealed class CallerScope(AuditInterceptor owner) : IDisposable
    {
        public void Dispose() => owner._callerWrites = false;
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return "";
        return string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private sealed record PendingAudit(
        EntityEntry Entry, AuditAction Action, Dictionary<string, object?> OldValues, Dictionary<string, object?> NewValues, string? DeletedKey);
}
