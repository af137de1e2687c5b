using System.Linq.Expressions;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.Grants;

public static class GrantListQueries
{
    public static IQueryable<Grant> Filter(this IQueryable<Grant> grants, ReliefDbContext db, GrantQuery query, string? unitPath)
    {
        grants = grants.Where(g => g.CampaignId == query.CampaignId);
        if (query.Status is { } status) grants = grants.Where(g => g.Status == status);
        if (unitPath is not null) grants = grants.Where(g => g.OrgUnit!.Path.StartsWith(unitPath));
        if (query.Kind is { } kind) grants = grants.Where(g => g.Kind == kind);
        if (query.Category is { } category) grants = grants.Where(g => g.Category == category);
        if (query.CommitteeMeetingId is { } meetingId) grants = grants.Where(g => g.CommitteeMeetingId == meetingId);
        if (query.AwaitingMeeting) grants = grants.Where(g => g.Status == GrantStatus.Applied && g.CommitteeMeetingId == null);
        if (query.DuplicatesOnly) grants = grants.Where(g => g.DuplicateElsewhere != null);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Households by name first (one pass over the name index), then their grants by household: the join
            // the other way round read every grant of the campaign and its household (2 s among 200,000).
            var search = query.Search.Trim();
            var named = db.Households.Where(h => h.Name.Contains(search)).Select(h => h.Id);
            grants = grants.Where(g => named.Contains(g.HouseholdId));
        }
        return grants;
    }

    /// <summary>
    /// Sorts, then by id so paging is stable; blank is newest application first. Money sorts in SQL on every provider
    /// (SQLite stores it as whole fen).
    /// </summary>
    public static IOrderedQueryable<Grant> Sort(this IQueryable<Grant> grants, GrantSort? sort, bool descending) => sort switch
    {
        null => grants.OrderByDescending(g => g.AppliedOn).ThenByDescending(g => g.Id),
        GrantSort.Household => grants.OrderBy(g => g.Household!.Name, descending).ThenBy(g => g.Id),
        GrantSort.Unit => grants.OrderBy(g => g.OrgUnit!.Name, descending).ThenBy(g => g.Household!.Name).ThenBy(g => g.Id),
        GrantSort.Category => grants.OrderBy(g => g.Category, descending).ThenBy(g => g.Household!.Name).ThenBy(g => g.Id),
        GrantSort.Kind => grants.OrderBy(g => g.Kind, descending).ThenBy(g => g.Household!.Name).ThenBy(g => g.Id),
        GrantSort.Amount => grants.OrderBy(g => g.TotalAmount, descending).ThenBy(g => g.Id),
        GrantSort.Status => grants.OrderBy(g => g.Status, descending).ThenBy(g => g.Household!.Name).ThenBy(g => g.Id),
        _ => grants.OrderBy(g => g.AppliedOn, descending).ThenBy(g => g.Id, descending),
    };

    private static IOrderedQueryable<Grant> OrderBy<TKey>(this IQueryable<Grant> grants, Expression<Func<Grant, TKey>> key, bool descending) =>
        descending ? grants.OrderByDescending(key) : grants.OrderBy(key);

    private static IOrderedQueryable<Grant> ThenBy<TKey>(this IOrderedQueryable<Grant> grants, Expression<Func<Grant, TKey>> key, bool descending) =>
        descending ? grants.ThenByDescending(key) : grants.ThenBy(key);

    /// <summary>The list's rows; <see cref="GrantListItem.HelpedByOtherUnit"/> is filled by <see cref="WithHelpElsewhereAsync"/>.</summary>
    public static IQueryable<GrantListItem> ToListItems(this IQueryable<Grant> grants) =>
        grants.Select(g => new GrantListItem(
            g.Id,
            g.HouseholdId,
            g.Household!.Name,
            g.OrgUnitId,
            g.OrgUnit!.Name,
            g.Category,
            g.Kind,
            g.CashAmount,
            g.InKindValue,
            g.TotalAmount,
            g.StandardAmount,
            g.OverrideReason,
            g.Status,
            g.AppliedOn,
            g.CommitteeMeetingId,
            g.FundSource != null ? g.FundSource.Name : null,
            g.DuplicateElsewhere,
            false,
            g.Version));

    /// <summary>A page of the list with each row's cross-level flag: whether another unit, in scope or not, helps the household now.</summary>
    public static async Task<PagedResult<GrantListItem>> WithHelpElsewhereAsync(this PagedResult<GrantListItem> page, ReliefDbContext db, CancellationToken ct)
    {
        var helped = await GrantRules.HelpedByOtherUnitAsync(db, page.Items.Select(i => i.Id).ToList(), ct);
        return page with { Items = page.Items.Select(i => i with { HelpedByOtherUnit = helped.Contains(i.Id) }).ToList() };
    }
}
