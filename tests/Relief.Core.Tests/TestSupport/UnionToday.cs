using Relief.Core.Common;

namespace Relief.Core.Tests.TestSupport;

/// <summary>
/// Today as the services see it: in the union's time zone (<see cref="UnionClock"/>, which AddReliefCore registers),
/// not the machine's. Between 16:00 and 24:00 UTC the two are a day apart, and a test that took the machine's day
/// found "tomorrow" accepted as today.
/// </summary>
public static class UnionToday
{
    private static readonly TimeProvider Clock = new UnionClock(() => UnionClock.Resolve(UnionClock.DefaultZone));

    public static DateOnly Date => DateOrder.Today(Clock);
}
