using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Hotline;

/// <summary>
/// "来自热线来电 …": the call a concern or an application came from, for their details pages. Null when they did not
/// come from a call, or the call lies outside the user's scope. The grant details page calls <see cref="ForGrantAsync"/>
/// and links to /Hotline/Details/{CallId} (or renders the partial Pages/Hotline/_CallSource.cshtml).
/// </summary>
public sealed class HotlineSourceQuery(ReliefDbContext db)
{
    public Task<HotlineCallSource?> ForConcernAsync(int concernId, CancellationToken ct = default) => FindAsync(c => c.ConcernId == concernId, ct);

    public Task<HotlineCallSource?> ForGrantAsync(int grantId, CancellationToken ct = default) => FindAsync(c => c.GrantId == grantId, ct);

    private Task<HotlineCallSource?> FindAsync(Expression<Func<HotlineCall, bool>> which, CancellationToken ct) =>
        db.HotlineCalls.AsNoTracking().Where(which)
            .Select(c => new HotlineCallSource(c.Id, c.CalledAt, c.Household != null ? c.Household.Name : c.CallerName ?? "", c.Category))
            .FirstOrDefaultAsync(ct);
}
