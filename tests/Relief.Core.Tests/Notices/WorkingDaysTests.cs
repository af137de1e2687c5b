using Relief.Core.Features.Notices;

namespace Relief.Core.Tests.Notices;

public sealed class WorkingDaysTests
{
    private static readonly NoticeOptions FiveDays = new();

    [Theory]
    [InlineData("2021-01-07", "2021-01-13")] // Thursday: Thu, Fri, Mon, Tue, Wed (the demo's first notice)
    [InlineData("2021-01-04", "2021-01-08")] // Monday → Friday
    [InlineData("2021-01-08", "2021-01-14")] // Friday → next Thursday
    [InlineData("2021-01-09", "2021-01-15")] // posted on a Saturday: counting starts on Monday
    [InlineData("2021-01-10", "2021-01-15")] // posted on a Sunday
    public void Five_working_days_skip_the_weekends(string postedOn, string endsOn) =>
        Assert.Equal(DateOnly.Parse(endsOn), WorkingDays.EndOfPeriod(DateOnly.Parse(postedOn), FiveDays));

    [Fact]
    public void Holidays_are_skipped_and_make_up_working_days_count()
    {
        // Spring Festival 2021: 11-17 February off, Sunday 7 and Saturday 20 February worked.
        var options = new NoticeOptions
        {
            Holidays = [.. Enumerable.Range(11, 7).Select(day => new DateOnly(2021, 2, day))],
            ExtraWorkingDays = [new DateOnly(2021, 2, 7), new DateOnly(2021, 2, 20)],
        };
        // Posted Saturday 6: Sun 7 (worked), Mon 8, Tue 9, Wed 10, then the holiday, then Thu 18.
        Assert.Equal(new DateOnly(2021, 2, 18), WorkingDays.EndOfPeriod(new DateOnly(2021, 2, 6), options));
        // Posted Tuesday 9: Tue 9, Wed 10, Thu 18, Fri 19, Sat 20 (worked).
        Assert.Equal(new DateOnly(2021, 2, 20), WorkingDays.EndOfPeriod(new DateOnly(2021, 2, 9), options));
    }

    [Fact]
    public void The_number_of_working_days_is_configurable()
    {
        Assert.Equal(new DateOnly(2021, 1, 18), WorkingDays.EndOfPeriod(new DateOnly(2021, 1, 4), new NoticeOptions { WorkingDays = 11 }));
        Assert.Equal(new DateOnly(2021, 1, 4), WorkingDays.EndOfPeriod(new DateOnly(2021, 1, 4), new NoticeOptions { WorkingDays = 1 }));
    }
}
