using Relief.Core.Features.Grants;

namespace Relief.Benchmarks.Timings;

/// <summary>What a campaign dashboard shows, as the timings compute it (until the dashboard service exists).</summary>
internal sealed record DashboardFigures(
    IReadOnlyList<(GrantStatus Status, int Count, decimal Amount)> Grants,
    IReadOnlyList<(string Name, decimal Amount, decimal Committed, decimal Spent)> Funds,
    int Visits,
    int HouseholdsVisited,
    int ConcernsOpen,
    int ConcernsOverdue);
