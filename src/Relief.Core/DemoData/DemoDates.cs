namespace Relief.Core.DemoData;

/// <summary>Fixed dates, so the demo reads the same on every machine and every day.</summary>
public static class DemoDates
{
    /// <summary>The day the demo pretends it is: overdue concerns and running notices are judged against it.</summary>
    public static readonly DateOnly Today = new(2021, 2, 1);

    /// <summary>A business date as the UTC stamp of 09:30 Beijing time that day.</summary>
    public static DateTime Stamp(DateOnly date) => date.ToDateTime(new TimeOnly(1, 30), DateTimeKind.Utc);
}
