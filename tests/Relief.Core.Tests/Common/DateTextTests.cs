using Relief.Core.Common;

namespace Relief.Core.Tests.Common;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2026-12-07")]
    [InlineData("2026-12-7")]
    [InlineData("2026/12/7")]
    [InlineData("2026.12.07")]
    [InlineData("2026年12月7日")]
    [InlineData("２０２６－１２－０７")]
    [InlineData(" 2026 - 12 - 07 ")]
    public void A_day_is_read_as_people_type_it(string typed)
    {
        Assert.True(DateText.TryParse(typed, out var day));
        Assert.Equal(new DateOnly(2026, 12, 7), day);
    }

    [Theory]
    [InlineData("2026-02-29")]
    [InlineData("2021-02-30")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("0000-01-01")]
    [InlineData("12/7/2026")]
    [InlineData("07-12-2026")]
    [InlineData("20261207")]
    [InlineData("26-12-07")]
    [InlineData("2026-12")]
    [InlineData("2026-12-07T10:00")]
    [InlineData("2026-1a-07")]
    [InlineData("明天")]
    [InlineData("")]
    [InlineData("   ")]
    public void What_is_no_real_day_is_not_read(string typed) => Assert.False(DateText.TryParse(typed, out _));

    [Fact]
    public void A_leap_day_exists_in_a_leap_year() => Assert.True(DateText.TryParse("2024-02-29", out _));

    [Theory]
    [InlineData("2026-12-07T09:30")]
    [InlineData("2026-12-07 9:30")]
    [InlineData("2026年12月7日 09:30")]
    [InlineData("２０２６－１２－０７Ｔ０９：３０")]
    public void A_day_and_time_is_read_as_a_picker_sends_it_or_people_type_it(string typed)
    {
        Assert.True(DateText.TryParseDateTime(typed, out var moment));
        Assert.Equal(new DateTime(2026, 12, 7, 9, 30, 0), moment);
    }

    [Theory]
    [InlineData("2026-12-07T25:00")]
    [InlineData("2026-12-07T09:60")]
    [InlineData("2026-02-30T09:30")]
    [InlineData("2026-12-07")]
    [InlineData("昨天上午")]
    [InlineData("09:30")]
    public void What_is_no_real_day_and_time_is_not_read(string typed) => Assert.False(DateText.TryParseDateTime(typed, out _));
}
