using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.Administration;

/// <summary>
/// Reading the audit log, and recording audited reads (revealing a full ID number). Entries tied to a unit are
/// shown within the reader's scope; entries tied to no unit (roles, fund sources, detail rows) to administrators
/// and to auditors of a root union only, since they cannot be placed in a branch's scope.
/// </summary>
public sealed class AuditLogService(ReliefDbContext db, ICurrentUser user)
{
    public async Task<PagedResult<AuditLogRow>> SearchAsync(AuditLogFilter filter, PageRequest page, CancellationToken ct = default)
    {
        // Entries of a unit are scoped by the model's filter; entries of no unit are a matter of role.
        var seesSystemEntries = user.May(Permission.Administer)
            || await db.OrgUnits.AnyAsync(u => u.Id == user.OrgUnitId && u.ParentId == null, ct);
        var query = db.AuditEntries.AsNoTracking().Where(a => a.OrgUnitId != null || seesSystemEntries);
        if (!string.IsNullOrWhiteSpace(filter.User)) query = query.Where(a => a.UserName!.Contains(filter.User.Trim()));
        if (!string.IsNullOrWhiteSpace(filter.Entity)) query = query.Where(a => a.Entity == filter.Entity.Trim());
        if (!string.IsNullOrWhiteSpace(filter.EntityKey)) query = query.Where(a => a.EntityKey == filter.EntityKey.Trim());
        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.At < end);
        }
        return await query.OrderByDescending(a => a.Id)
            .Select(a => new AuditLogRow(a.Id, a.At, a.UserName, a.Entity, a.EntityKey, a.Action, a.OldValues, a.NewValues))
            .ToPageAsync(page, ct);
    }

    public async Task<IReadOnlyList<string>> EntityNamesAsync(CancellationToken ct = default) =>
        await db.AuditEntries.AsNoTracking().Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync(ct);
}
