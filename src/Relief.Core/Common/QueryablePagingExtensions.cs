using Microsoft.EntityFrameworkCore;

namespace Relief.Core.Common;

public static class QueryablePagingExtensions
{
    /// <summary>Counts and fetches one page in the database; the query must already be ordered.</summary>
    public static async Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken ct = default)
    {
        var total = await query.CountAsync(ct);
        var items = await query.Skip(request.Skip).Take(request.SafeSize).ToListAsync(ct);
        return new PagedResult<T>(items, total, request.SafePage, request.SafeSize);
    }
}
