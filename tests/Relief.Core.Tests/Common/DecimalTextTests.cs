using Relief.Core.Common;

namespace Relief.Core.Tests.Common;

/// <summary>Numbers as people type them are read; what is not plainly a number is refused, never guessed.</summary>
public sealed class DecimalTextTests
{
    [Theory]
    [InlineData("1500", "1500")]
    [InlineData(" 1500 ", "1500")]
    [InlineData("1,500", "1500")]
    [InlineData("1,500.50", "1500.50")]
    [InlineData("12,345,678.9", "12345678.9")]
    [InlineData("¥1,500", "1500")]
    [InlineData("￥1,500.00", "1500.00")]
    [InlineData("1500元", "1500")]
    [InlineData("¥ 1 500 元", "1500")]
    [InlineData("１５００", "1500")]
    [InlineData("１，５００．５", "1500.5")]
    [InlineData("1500。5", "1500.5")]
    [InlineData("0.01", "0.01")]
    [InlineData("-100", "-100")]
    [InlineData("100.555", "100.555")]
    public void Reads_what_people_type(string typed, string expected)
    {
        Assert.True(DecimalText.TryParse(typed, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1e3")]
    [InlineData("1E3")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("一千五")]
    [InlineData("abc")]
    [InlineData("1,50")]
    [InlineData("1,,500")]
    [InlineData(",500")]
    [InlineData("1.500.5")]
    [InlineData("$1500")]
    [InlineData("15O0")]
    [InlineData("0x10")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("元")]
    [InlineData("¥")]
    public void Refuses_what_is_not_plainly_a_number(string typed) => Assert.False(DecimalText.TryParse(typed, out _));

    [Theory]
    [InlineData("100.55", true)]
    [InlineData("100.5", true)]
    [InlineData("100", true)]
    [InlineData("100.555", false)]
    [InlineData("0.001", false)]
    public void Money_is_exact_to_the_fen_and_storage_refuses_a_fraction_of_one(string amount, bool wholeFen)
    {
        var yuan = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(wholeFen, Money.IsWholeFen(yuan));
        if (wholeFen) Assert.Equal(yuan, Money.FromFen(Money.ToFen(yuan)));
        else Assert.Throws<ArgumentOutOfRangeException>(() => Money.ToFen(yuan));
    }
}
