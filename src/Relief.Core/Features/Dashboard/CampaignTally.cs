using Relief.Core.Features.Grants;
using Relief.Core.Data.Tallies;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Dashboard;

/// <summary>
/// One running total of a campaign's grants or visits, kept by <see cref="CampaignTallyKeeper"/> in the same
/// transaction as every change to what it counts, so the dashboard reads a few hundred of these instead of a
/// million grants (docs/decisions/0005-dashboard-aggregates.md). <see cref="Scope"/> is the subtree counted: "/" or
/// a unit's path, the same string as a reader's scope; dimensions a measure does not use stay at their zero value.
/// </summary>
public class CampaignTally
{
    public long Id { get; set; }
    public int CampaignId { get; set; }
    public required string Scope { get; set; }
    public TallyMeasure Measure { get; set; }
    public GrantStatus Status { get; set; }
    public HouseholdCategory Category { get; set; }
    public GrantKind Kind { get; set; }

    public int Grants { get; set; }
    public int Households { get; set; }
    public decimal Amount { get; set; }
}
