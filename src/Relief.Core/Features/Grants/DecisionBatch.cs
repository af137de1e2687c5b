using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Features.Grants;

/// <summary>
/// What a meeting's decisions read, loaded (and tracked) at once: the grants with their households, which of them this
/// meeting has decided before, and the funds they are charged to. A later approval in the same batch sees the balance
/// the earlier ones left, because they share the tracked fund.
/// </summary>
internal sealed record DecisionBatch(Dictionary<int, Grant> Grants, HashSet<int> DecidedHere, Dictionary<int, FundSource> Funds)
{
    // Lists of ids go to the database in chunks, well inside every engine's parameter limit.
    private const int Chunk = 1000;

    public static async Task<DecisionBatch> LoadAsync(ReliefDbContext db, int meetingId, IReadOnlyCollection<DecisionInput> inputs, CancellationToken ct)
    {
        var grants = new Dictionary<int, Grant>();
        var decided = new HashSet<int>();
        foreach (var ids in inputs.Select(i => i.GrantId).Distinct().Chunk(Chunk))
        {
            foreach (var grant in await db.Grants.Include(g => g.Household).Where(g => ids.Contains(g.Id)).ToListAsync(ct))
                grants[grant.Id] = grant;
            decided.UnionWith(await db.GrantDecisions.Where(d => d.CommitteeMeetingId == meetingId && ids.Contains(d.GrantId))
                .Select(d => d.GrantId).ToListAsync(ct));
        }
        var fundIds = inputs.Where(i => i.FundSourceId is not null).Select(i => i.FundSourceId!.Value).Distinct().ToList();
        var funds = await db.FundSources.Where(f => fundIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        return new DecisionBatch(grants, decided, funds);
    }
}
