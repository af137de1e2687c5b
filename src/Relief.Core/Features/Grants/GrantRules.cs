using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
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
    /// (the unique index holds across units); only the unit, date and status of the other grant are told, and the unit
    /// by name only where the user may know it (<see cref="UnitDisclosure"/>).
    /// </summary>
    public static async Task<string?> ExistingGrantRefusalAsync(
        ReliefDbContext db, ICurrentUser user, IStringLocalizer<CoreMessages> messages, int householdId, int campaignId, GrantKind kind, int? exceptGrantId, CancellationToken ct)
    {
        var existing = await db.Grants.AsNoTracking().OutsideUnitScope()
            .Where(g => g.HouseholdId == householdId && g.CampaignId == campaignId && g.Kind == kind && g.Id != exceptGrantId)
            .Select(g => new { g.Id, UnitPath = g.OrgUnit!.Path, g.AppliedOn, g.Status, g.TotalAmount })
            .FirstOrDefaultAsync(ct);
        if (existing is null) return null;
        var unit = await UnitDisclosure.DiscloseAsync(db, user, existing.UnitPath, ct);
        return messages["Grant.AlreadyExists", messages.Label(kind), existing.Id, UnitName(messages, unit),
            Formats.Date(existing.AppliedOn), messages.Label(existing.Status), Formats.Amount(existing.TotalAmount)].Value;
    }

    /// <summary>
    /// The cross-level duplicate check: other units' live grants to the same household in the same campaign, described
    /// for the committee, or null when there are none. Not scope-filtered, like the one-file-per-person check; a unit
    /// the user may not know is not named, nor is what it gave: only the unit above both to ask.
    /// </summary>
    public static async Task<string?> DuplicateElsewhereAsync(
        ReliefDbContext db, ICurrentUser user, IStringLocalizer<CoreMessages> messages, int householdId, int campaignId, int applyingUnitId, int? exceptGrantId, CancellationToken ct)
    {
        var live = GrantStatuses.Live;
        var others = await db.Grants.AsNoTracking().OutsideUnitScope()
            .Where(g => g.HouseholdId == householdId && g.CampaignId == campaignId && g.OrgUnitId != applyingUnitId
                && g.Id != exceptGrantId && live.Contains(g.Status))
            .OrderBy(g => g.Id)
            .Select(g => new OtherUnitGrant(g.OrgUnit!.Path, g.Kind, g.TotalAmount, g.Status))
            .ToListAsync(ct);
        if (others.Count == 0) return null;
        var units = await UnitDisclosure.DiscloseAsync(db, user, others.Select(o => o.UnitPath).ToList(), ct);
        return Describe(messages, others, units);
    }

    /// <summary>Other units' grants as one line for the committee, each unit named only where <paramref name="units"/> allows.</summary>
    public static string Describe(IStringLocalizer<CoreMessages> messages, IEnumerable<OtherUnitGrant> others, IReadOnlyDictionary<string, Disclosed> units)
    {
        var lines = others.Select(o => units[o.UnitPath] is { IsNamed: true } named
                ? messages["Grant.DuplicateElsewhere", named.Name!, messages.Label(o.Kind), Formats.Amount(o.TotalAmount), messages.Label(o.Status)].Value
                : messages["Grant.DuplicateOutsideScope", units[o.UnitPath].AskUnitName ?? ""].Value)
            .Distinct();
        return Truncate(string.Join(messages["List.Separator"], lines));
    }

    /// <summary>A unit's name, or "another unit (ask …)" where the user may not know it.</summary>
    public static string UnitName(IStringLocalizer<CoreMessages> messages, Disclosed unit) =>
        unit.Name ?? messages["Grant.OtherUnit", unit.AskUnitName ?? ""];

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
