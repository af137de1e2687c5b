using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;

namespace Relief.Core.Features.Pairing;

public static class PairingQueries
{
    /// <summary>
    /// The pairings a campaign counts: those made for it, and the year-long ones of its year made by its organizing unit
    /// or a unit below it (a 双百双千 drive runs all year; each campaign's summary of that year reports it).
    /// </summary>
    public static IQueryable<HelperPairing> OfCampaign(this IQueryable<HelperPairing> pairings, ReliefDbContext db, int campaignId, int year,
        string campaignUnitPath) =>
        pairings.Where(p => p.CampaignId == campaignId
            || (p.CampaignId == null && p.Year == year && db.OrgUnits.Any(u => u.Id == p.OrgUnitId && u.Path.StartsWith(campaignUnitPath))));

    /// <summary>Adds the pairings up in the database. A helper is one user, or one name at one workplace.</summary>
    public static async Task<PairingTotals> TotalsAsync(this IQueryable<HelperPairing> pairings, ReliefDbContext db, CancellationToken ct)
    {
        var helpers = await pairings.Select(p => p.HelperUserId ?? p.HelperName + "|" + (p.HelperWorkplace ?? "")).Distinct().CountAsync(ct);
        if (helpers == 0) return PairingTotals.None;
        var households = await db.PairedHouseholds.Where(h => pairings.Any(p => p.Id == h.PairingId)).Select(h => h.HouseholdId).Distinct().CountAsync(ct);
        var records = db.HelpRecords.Where(r => pairings.Any(p => p.Id == r.PairingId));
        var helped = await records.Select(r => r.HouseholdId).Distinct().CountAsync(ct);
        var byKind = await records.GroupBy(r => r.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count(), Amount = g.Sum(r => r.Amount ?? 0m) })
            .ToListAsync(ct);
        var goods = await records.Where(r => r.Kind == HelpKind.Goods && r.Unit != null)
            .GroupBy(r => r.Unit!)
            .Select(g => new { Unit = g.Key, Quantity = g.Sum(r => r.Quantity ?? 0m) })
            .ToListAsync(ct);
        int Count(HelpKind kind) => byKind.Where(k => k.Kind == kind).Sum(k => k.Count);
        return new PairingTotals(
            helpers, households, helped,
            byKind.Where(k => k.Kind == HelpKind.Money).Sum(k => k.Amount),
            goods.OrderByDescending(g => g.Quantity).ThenBy(g => g.Unit, StringComparer.Ordinal).Select(g => new PairingTotals.GoodsLine(g.Unit, g.Quantity)).ToList(),
            Count(HelpKind.Job), Count(HelpKind.Visit), byKind.Sum(k => k.Count));
    }
}
