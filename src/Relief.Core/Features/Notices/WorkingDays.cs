namespace Relief.Core.Features.Notices;

/// <summary>Working-day arithmetic for notice periods: weekends skipped, configured holidays and make-up days respected.</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly day, NoticeOptions options)
    {
        if (options.ExtraWorkingDays.Contains(day)) return true;
        if (options.Holidays.Contains(day)) return false;
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The last day of a period of <see cref="NoticeOptions.WorkingDays"/> working days starting on <paramref name="postedOn"/>,
    /// which counts if it is a working day: posted on a Thursday, five working days end on the next Wednesday.
    /// </summary>
    public static DateOnly EndOfPeriod(DateOnly postedOn, NoticeOptions options)
    {
        var day = postedOn;
        var counted = IsWorkingDay(day, options) ? 1 : 0;
        while (counted < options.WorkingDays)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, options)) counted++;
        }
        return day;
    }
}
