using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Grants;

/// <summary>The application rules shared by single and bulk applications.</summary>
public static class GrantRules
{
    public static Task<decimal?> StandardAsync(ReliefDbContext db, int campaignId, HouseholdCategory category, GrantKind kind, CancellationToken ct) =>
        db.CampaignStandards.AsNoTracking()
            .Where(s => s.CampaignId == campaignId && s.Category == category && s.Kind == kind)
            .Select(s => (decimal?)s.Amount).FirstOrDefaultAsync(ct);

    /// <summary>
    /// One grant per household, campaign and kind: the refusal names the existing one. Deliberately not scope-filtered
    /// (the unique index holds across units); only the unit, date and status of the other grant are told.
    /// </summary>
    public static async Task<string?> ExistingGrantRefusalAsync(
        ReliefDbContext db, IStringLocalizer<CoreMessages> messages, int householdId, int campaignId, GrantKind kind, int? exceptGrantId, CancellationToken ct)
    {
        var existing = await db.Grants.AsNoTracking().OutsideUnitScope()
            .Where(g => g.HouseholdId == householdId && g.CampaignId == campaignId && g.Kind == kind && g.Id != exceptGrantId)
            .Select(g => new { g.Id, UnitName = g.OrgUnit!.Name, g.AppliedOn, g.Status, g.TotalAmount })
            .FirstOrDefaultAsync(ct);
        return existing is null
            ? null
            : messages["Grant.AlreadyExists", messages.Label(kind), existing.Id, existing.UnitName,
                Formats.Date(existing.AppliedOn), messages.Label(existing.Status), Formats.Amount(existing.TotalAmount)].Value;
    }

    /// <summary>
    /// The cross-level duplicate check: other units' live grants to the same household in the same campaign, described
    /// for the committee, or null when there are none. Not scope-filtered, like the one-file-per-person check.
    /// </summary>
    public static async Task<string?> DuplicateElsewhereAsync(
        ReliefDbContext db, IStringLocalizer<CoreMessages> messages, int householdId, int campaignId, int applyingUnitId, int? exceptGrantId, CancellationToken ct)
    {
        var live = GrantStatuses.Live;
        var others = await db.Grants.AsNoTracking().OutsideUnitScope()
            .Where(g => g.HouseholdId == householdId && g.CampaignId == campaignId && g.OrgUnitId != applyingUnitId
                && g.Id != exceptGrantId && live.Contains(g.Status))
            .OrderBy(g => g.Id)
            .Select(g => new { UnitName = g.OrgUnit!.Name, g.Kind, g.TotalAmount, g.Status })
            .ToListAsync(ct);
        if (others.Count == 0) return null;
        var lines = others.Select(o => messages["Grant.DuplicateElsewhere", o.UnitName, messages.Label(o.Kind), Formats.Amount(o.TotalAmount), messages.Label(o.Status)].Value);
        return Truncate(string.Join(messages["List.Separator"], lines));
    }

    /// <summary>
    /// The grants among <paramref name="grantIds"/> whose household another unit also helps in the same campaign with a
    /// live grant. Outside the unit scope on purpose, like the check above: it tells only whether, never who or how much.
    /// </summary>
    public static async Task<HashSet<int>> HelpedByOtherUnitAsync(ReliefDbContext db, IReadOnlyCollection<int> grantIds, CancellationToken ct)
    {
        if (grantIds.Count == 0) return [];
        var live = GrantStatuses.Live;
        var helped = await db.Grants.AsNoTracking().OutsideUnitScope()
            .Where(g => grantIds.Contains(g.Id)
                && db.Grants.Any(o => o.CampaignId == g.CampaignId && o.HouseholdId == g.HouseholdId && o.OrgUnitId != g.OrgUnitId && live.Contains(o.Status)))
            .Select(g => g.Id)
            .ToListAsync(ct);
        return helped.ToHashSet();
    }

    private static string Truncate(string text) => text.Length <= Common.FieldLengths.ShortText ? text : text[..(Common.FieldLengths.ShortText - 1)] + "…";
}
