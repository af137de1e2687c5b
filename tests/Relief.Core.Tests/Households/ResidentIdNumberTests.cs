using Relief.Core.Features.Households;

namespace Relief.Core.Tests.Households;

public sealed class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")] // the example printed in GB 11643-1999
    [InlineData("331102197804121017")]
    [InlineData("331124196511300023")]
    public void Numbers_with_the_right_check_digit_are_valid(string value)
    {
        Assert.True(ResidentIdNumber.HasValidShape(value));
        Assert.True(ResidentIdNumber.HasValidCheckDigit(value));
    }

    [Theory]
    [InlineData("110105194912310021")] // X expected
    [InlineData("331102197804121018")]
    [InlineData("331124196511300029")]
    public void A_wrong_check_digit_is_refused(string value) => Assert.False(ResidentIdNumber.HasValidCheckDigit(value));

    [Theory]
    [InlineData("")]
    [InlineData("33110219780412101")] // 17 characters
    [InlineData("3311021978041210171")] // 19 characters
    [InlineData("33110219780412X017")] // X inside
    [InlineData("33110219780412101Y")]
    public void Malformed_numbers_have_no_valid_shape(string value)
    {
        Assert.False(ResidentIdNumber.HasValidShape(value));
        Assert.False(ResidentIdNumber.HasValidCheckDigit(value));
    }

    [Fact]
    public void A_lower_case_x_is_valid_once_normalized()
    {
        var normalized = ResidentIdNumber.Normalize(" 11010519491231002x ");

        Assert.Equal("11010519491231002X", normalized);
        Assert.True(ResidentIdNumber.HasValidCheckDigit(normalized));
        Assert.Equal('X', ResidentIdNumber.CheckDigit("11010519491231002"));
    }

    [Fact]
    public void Compose_builds_a_valid_number_from_its_parts()
    {
        var value = ResidentIdNumber.Compose("331123", new DateOnly(1982, 2, 28), 57);

        Assert.StartsWith("33112319820228057", value, StringComparison.Ordinal);
        Assert.True(ResidentIdNumber.HasValidCheckDigit(value));
        Assert.Equal(new DateOnly(1982, 2, 28), ResidentIdNumber.BirthDate(value));
        Assert.Equal(Gender.Male, ResidentIdNumber.GenderOf(value));
    }

    [Theory]
    [InlineData("19990230")]
    [InlineData("19991301")]
    [InlineData("20010229")]
    [InlineData("19990000")]
    public void Impossible_birth_dates_give_no_birth_date_even_with_a_right_check_digit(string date)
    {
        var first17 = $"331102{date}001";
        var value = first17 + ResidentIdNumber.CheckDigit(first17);

        Assert.True(ResidentIdNumber.HasValidCheckDigit(value));
        Assert.Null(ResidentIdNumber.BirthDate(value));
    }

    [Fact]
    public void A_leap_day_is_a_real_birth_date() =>
        Assert.Equal(new DateOnly(2000, 2, 29), ResidentIdNumber.BirthDate(ResidentIdNumber.Compose("331102", new DateOnly(2000, 2, 29), 2)));

    [Theory]
    [InlineData("11010519491231002X", Gender.Female)]
    [InlineData("331102197804121017", Gender.Male)]
    public void Gender_is_read_from_the_seventeenth_digit(string value, Gender expected) => Assert.Equal(expected, ResidentIdNumber.GenderOf(value));

    [Theory]
    [InlineData("11010519491231002X", "1101**********002X")]
    [InlineData("331102197804121017", "3311**********1017")]
    [InlineData("12345678", "********")]
    [InlineData("123456789", "1234*6789")]
    public void Mask_keeps_only_the_first_and_last_four_characters(string value, string masked) =>
        Assert.Equal(masked, ResidentIdNumber.Mask(value));
}
