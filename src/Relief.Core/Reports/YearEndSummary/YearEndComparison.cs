using Relief.Core.Features.Pairing;
using Relief.Core.Features.ServiceEvents;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// The figures of the previous campaign of the same season that the summary sets beside this one's (the comparison
/// and outreach tables), and no more: the summary needs a fraction of <see cref="YearEndFigures"/> for it. Each is
/// counted as <see cref="YearEndQuery.GetAsync"/> counts it (<see cref="Of"/> is the same figures taken from those).
/// </summary>
public sealed record YearEndComparison
{
    public required string CampaignName { get; init; }
    public decimal FundsRaised { get; init; }
    public decimal FundsSpent { get; init; }
    public int HouseholdsHelped { get; init; }
    public decimal CashTotal { get; init; }
    public decimal InKindTotal { get; init; }
    public int ApprovedPeople { get; init; }
    public int HouseholdsVisited { get; init; }
    public int LeadersTakingPart { get; init; }
    public int ConcernsRaised { get; init; }
    public int ConcernsResolved { get; init; }
    public int HotlineCalls { get; init; }
    public decimal GoodsReceivedValue { get; init; }
    public ServiceEventTotals Services { get; init; } = ServiceEventTotals.None;
    public PairingTotals Pairing { get; init; } = PairingTotals.None;

    public static YearEndComparison Of(YearEndFigures figures) => new()
    {
        CampaignName = figures.Campaign.Name,
        FundsRaised = figures.FundsRaised,
        FundsSpent = figures.FundsSpent,
        HouseholdsHelped = figures.HouseholdsHelped,
        CashTotal = figures.CashTotal,
        InKindTotal = figures.InKindTotal,
        ApprovedPeople = figures.ApprovedPeople,
        HouseholdsVisited = figures.HouseholdsVisited,
        LeadersTakingPart = figures.LeadersTakingPart,
        ConcernsRaised = figures.ConcernsRaised,
        ConcernsResolved = figures.ConcernsResolved,
        HotlineCalls = figures.HotlineGoods.Calls,
        GoodsReceivedValue = figures.HotlineGoods.GoodsReceivedValue,
        Services = figures.Services,
        Pairing = figures.Pairing,
    };
}
