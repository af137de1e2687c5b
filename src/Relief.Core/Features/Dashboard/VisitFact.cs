namespace Relief.Core.Features.Dashboard;

/// <summary>
/// One household reached by one visit of a campaign. <see cref="VisitId"/> may be a temporary key. Built with
/// property setters so queries can still filter on it.
/// </summary>
internal sealed record VisitFact
{
    public int VisitId { get; init; }
    public int CampaignId { get; init; }
    public int HouseholdId { get; init; }
    public int UnitId { get; init; }
}
