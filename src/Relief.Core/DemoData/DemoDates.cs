namespace Relief.Core.DemoData;

/// <summary>
/// The story's fixed dates, so the demo is written the same on every machine and every day; the app then moves it into
/// the present (<see cref="DemoTimeShift"/>), while tests keep it on its story day.
/// </summary>
public static class DemoDates
{
    /// <summary>The story's day: the demo is written as if it were today, and moved so that it falls in this week.</summary>
    public static readonly DateOnly Today = new(2021, 2, 1);

    /// <summary>A business date as the UTC stamp of 09:30 Beijing time that day.</summary>
    public static DateTime Stamp(DateOnly date) => date.ToDateTime(new TimeOnly(1, 30), DateTimeKind.Utc);
}
