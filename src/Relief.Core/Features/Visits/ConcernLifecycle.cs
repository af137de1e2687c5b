namespace Relief.Core.Features.Visits;

/// <summary>Open → InProgress → Resolved. A quick answer may go straight from open to resolved; a resolved concern stays resolved.</summary>
public static class ConcernLifecycle
{
    public static bool CanMove(ConcernStatus from, ConcernStatus to) => from == to || (from, to) switch
    {
        (ConcernStatus.Open, ConcernStatus.InProgress) => true,
        (ConcernStatus.Open, ConcernStatus.Resolved) => true,
        (ConcernStatus.InProgress, ConcernStatus.Resolved) => true,
        _ => false,
    };

    public static IReadOnlyList<ConcernStatus> NextFrom(ConcernStatus from) =>
        Enum.GetValues<ConcernStatus>().Where(to => CanMove(from, to)).ToList();
}
