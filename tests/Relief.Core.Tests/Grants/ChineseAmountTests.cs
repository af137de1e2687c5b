using System.Globalization;
using Relief.Core.Features.Grants;

namespace Relief.Core.Tests.Grants;

public sealed class ChineseAmountTests
{
    [Theory]
    [InlineData("0.01", "壹分")]
    [InlineData("10", "壹拾元整")]
    [InlineData("1005", "壹仟零伍元整")]
    [InlineData("10000.50", "壹万元伍角")]
    [InlineData("1200000", "壹佰贰拾万元整")]
    [InlineData("0", "零元整")]
    [InlineData("0.50", "伍角")]
    [InlineData("1.05", "壹元零伍分")]
    [InlineData("1200", "壹仟贰佰元整")]
    [InlineData("1409.50", "壹仟肆佰零玖元伍角")]
    [InlineData("6007.14", "陆仟零柒元壹角肆分")]
    [InlineData("325.04", "叁佰贰拾伍元零肆分")]
    [InlineData("107000.53", "壹拾万柒仟元伍角叁分")]
    [InlineData("100100", "壹拾万零壹佰元整")]
    [InlineData("1010", "壹仟零壹拾元整")]
    [InlineData("1000001", "壹佰万零壹元整")]
    [InlineData("100000000", "壹亿元整")]
    [InlineData("100001000", "壹亿零壹仟元整")]
    [InlineData("2300000000.00", "贰拾叁亿元整")]
    [InlineData("-35.5", "负叁拾伍元伍角")]
    [InlineData("99.999", "壹佰元整")]
    public void Amounts_are_written_in_capitals_by_the_financial_rules(string amount, string expected) =>
        Assert.Equal(expected, ChineseAmount.ToCapital(decimal.Parse(amount, CultureInfo.InvariantCulture)));

    [Fact]
    public void An_amount_too_large_for_the_units_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseAmount.ToCapital(ChineseAmount.Max + 1m));
}
