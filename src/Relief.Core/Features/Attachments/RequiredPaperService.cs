using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Attachments;

/// <summary>
/// The required-papers checklist (<see cref="RequiredPaper"/>) held against what is on record. A file needs the
/// papers wanted from every file and from its categories; an application needs those and the ones of its grant kind,
/// and counts the papers on its household's file as well as its own.
/// </summary>
public sealed class RequiredPaperService(ReliefDbContext db)
{
    private const int Chunk = 1000;

    public async Task<MissingPapers> MissingForHouseholdAsync(int householdId, CancellationToken ct = default)
    {
        var rules = await RulesAsync(ct);
        var categories = await CategoriesAsync([householdId], ct);
        var present = await db.Attachments.AsNoTracking()
            .Where(a => a.HouseholdId == householdId && a.DeletedAt == null).Select(a => a.KindId).Distinct().ToListAsync(ct);
        var wanted = rules.Where(r => r.GrantKind is null && (r.Category is null || categories.Contains((householdId, r.Category.Value))));
        return Missing(wanted, present.ToHashSet());
    }

    public async Task<MissingPapers> MissingForGrantAsync(int grantId, CancellationToken ct = default) =>
        (await MissingForGrantsAsync([grantId], ct)).GetValueOrDefault(grantId) ?? MissingPapers.None;

    /// <summary>For a committee's agenda or a batch of decisions: every application at once, in chunks well inside every engine's parameter limit.</summary>
    public async Task<IReadOnlyDictionary<int, MissingPapers>> MissingForGrantsAsync(IReadOnlyCollection<int> grantIds, CancellationToken ct = default)
    {
        var result = new Dictionary<int, MissingPapers>();
        if (grantIds.Count == 0) return result;
        var rules = await RulesAsync(ct);
        foreach (var chunk in grantIds.Distinct().Chunk(Chunk))
        {
            foreach (var (id, missing) in await MissingForChunkAsync(rules, chunk, ct)) result[id] = missing;
        }
        return result;
    }

    private async Task<Dictionary<int, MissingPapers>> MissingForChunkAsync(List<RequiredPaper> rules, int[] grantIds, CancellationToken ct)
    {
        var grants = await db.Grants.AsNoTracking().Where(g => grantIds.Contains(g.Id))
            .Select(g => new { g.Id, g.HouseholdId, g.Kind }).ToListAsync(ct);
        var householdIds = grants.Select(g => g.HouseholdId).Distinct().ToList();
        var categories = await CategoriesAsync(householdIds, ct);
        var papers = await db.Attachments.AsNoTracking()
            .Where(a => a.HouseholdId != null && householdIds.Contains(a.HouseholdId.Value) && a.DeletedAt == null)
            .Select(a => new { HouseholdId = a.HouseholdId!.Value, a.GrantId, a.KindId }).ToListAsync(ct);
        return grants.ToDictionary(g => g.Id, g =>
        {
            var present = papers.Where(p => p.HouseholdId == g.HouseholdId && (p.GrantId == null || p.GrantId == g.Id)).Select(p => p.KindId).ToHashSet();
            var wanted = rules.Where(r => (r.GrantKind is null || r.GrantKind == g.Kind)
                && (r.Category is null || categories.Contains((g.HouseholdId, r.Category.Value))));
            return Missing(wanted, present);
        });
    }

    private static MissingPapers Missing(IEnumerable<RequiredPaper> wanted, HashSet<int> present)
    {
        var kinds = wanted.Where(r => !present.Contains(r.AttachmentKindId)).Select(r => r.AttachmentKind!)
            .DistinctBy(k => k.Id).OrderBy(k => k.SortOrder).ThenBy(k => k.Id).ToList();
        return kinds.Count == 0 ? MissingPapers.None : new MissingPapers(kinds);
    }

    private async Task<List<RequiredPaper>> RulesAsync(CancellationToken ct) =>
        await db.RequiredPapers.AsNoTracking().Include(r => r.AttachmentKind).Where(r => !r.AttachmentKind!.IsRetired).ToListAsync(ct);

    private async Task<HashSet<(int, HouseholdCategory)>> CategoriesAsync(IReadOnlyCollection<int> householdIds, CancellationToken ct) =>
        (await db.HouseholdCategories.AsNoTracking().Where(c => householdIds.Contains(c.HouseholdId))
            .Select(c => new { c.HouseholdId, c.Category }).ToListAsync(ct))
        .Select(c => (c.HouseholdId, c.Category)).ToHashSet();
}
