using System.Linq.Expressions;
using Relief.Core.Data;
using Relief.Core.Features.Grants;

namespace Relief.Core.Features.Households;

/// <summary>The filters, sorts and projection of household lists, shared by the list, the export and the survey drive.</summary>
public static class HouseholdQueries
{
    public static IQueryable<Household> Search(this IQueryable<Household> households, string? search, IdNumberProtector protector)
    {
        var term = search?.Trim();
        if (string.IsNullOrEmpty(term)) return households;
        var normalized = ResidentIdNumber.Normalize(term);
        if (ResidentIdNumber.HasValidShape(normalized))
        {
            // A full number is found only exactly, through its keyed hash: the database never sees it in clear.
            var hash = protector.Hash(normalized);
            return households.Where(h => h.IdNumberHash == hash);
        }
        // The last four through their own indexed column: the masked number's EndsWith read every file (a scan).
        // Names hold no digits, so a term of this shape is never part of one.
        if (IsLastFour(normalized))
            return households.Where(h => h.IdNumberLastFour == normalized);
        return households.Where(h => h.Name.Contains(term));
    }

    public static IQueryable<Household> InUnitTree(this IQueryable<Household> households, string unitPath) =>
        households.Where(h => h.OrgUnit!.Path.StartsWith(unitPath));

    public static IQueryable<Household> InHardship(this IQueryable<Household> households) =>
        households.Where(h => h.Status == HouseholdStatus.Active || h.Status == HouseholdStatus.Returned);

    public static IQueryable<Household> NotSurveyedIn(this IQueryable<Household> households, ReliefDbContext db, CampaignWindow campaign) =>
        households.Where(h => !db.Surveys.Any(s => s.HouseholdId == h.Id
            && (s.CampaignId == campaign.Id || (s.SurveyedOn >= campaign.StartsOn && s.SurveyedOn <= campaign.EndsOn))));

    public static IQueryable<Household> NotVisitedIn(this IQueryable<Household> households, ReliefDbContext db, int campaignId) =>
        households.Where(h => !db.VisitHouseholds.Any(v => v.HouseholdId == h.Id && v.CampaignId == campaignId));

    public static IQueryable<Household> NotHelpedIn(this IQueryable<Household> households, ReliefDbContext db, int campaignId) =>
        households.Where(h => !db.Grants.Any(g => g.HouseholdId == h.Id && g.CampaignId == campaignId
            && g.Status != GrantStatus.Rejected && g.Status != GrantStatus.Withdrawn));

    /// <summary>Sorts, then by id so paging is stable. Money sorts as REAL: SQLite cannot ORDER BY a decimal.</summary>
    public static IOrderedQueryable<Household> Sort(this IQueryable<Household> households, HouseholdSort sort, bool descending) => sort switch
    {
        HouseholdSort.Unit => households.OrderBy(h => h.OrgUnit!.Name, descending).ThenBy(h => h.Name).ThenBy(h => h.Id),
        HouseholdSort.Level => households.OrderBy(h => h.Level, descending).ThenBy(h => h.Name).ThenBy(h => h.Id),
        HouseholdSort.Status => households.OrderBy(h => h.Status, descending).ThenBy(h => h.Name).ThenBy(h => h.Id),
        HouseholdSort.StatusSince => households.OrderBy(h => h.StatusSince, descending).ThenBy(h => h.Id),
        HouseholdSort.Region => households.OrderBy(h => h.Region, descending).ThenBy(h => h.Name).ThenBy(h => h.Id),
        HouseholdSort.PerCapitaIncome => households.OrderBy(h => (double?)h.PerCapitaIncome, descending).ThenBy(h => h.Id),
        HouseholdSort.FamilySize => households.OrderBy(h => h.FamilySize, descending).ThenBy(h => h.Id),
        _ => households.OrderBy(h => h.Name, descending).ThenBy(h => h.Id),
    };

    public static IQueryable<HouseholdListItem> ToListItems(this IQueryable<Household> households) =>
        households.Select(h => new HouseholdListItem(
            h.Id, h.Name, h.IdNumberMasked, h.OrgUnitId, h.OrgUnit!.Name,
            h.Categories.OrderBy(c => c.Category).Select(c => c.Category).ToList(),
            h.Level, h.Status, h.StatusSince, h.Region, h.IsRemote, h.FamilySize, h.PerCapitaIncome, h.IsPriority));

    private static IOrderedQueryable<Household> OrderBy<TKey>(this IQueryable<Household> households, Expression<Func<Household, TKey>> key, bool descending) =>
        descending ? households.OrderByDescending(key) : households.OrderBy(key);

    private static bool IsLastFour(string value) =>
        value.Length == 4 && !value.AsSpan(0, 3).ContainsAnyExceptInRange('0', '9') && (char.IsAsciiDigit(value[3]) || value[3] == 'X');
}
