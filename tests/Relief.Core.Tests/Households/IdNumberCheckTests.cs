using Relief.Core.Features.Households;

namespace Relief.Core.Tests.Households;

public class IdNumberCheckTests
{
    private static readonly DateOnly Today = new(2025, 1, 10);

    private static string WithCheckDigit(string first17) => first17 + ResidentIdNumber.CheckDigit(first17);

    [Theory]
    [InlineData("33010219800101001")]
    [InlineData("33112519560229002")] // a leap day
    [InlineData("65010220250110003")] // born today
    public void Valid_numbers_pass(string first17) =>
        Assert.Equal(IdNumberProblem.None, IdNumberCheck.Check(WithCheckDigit(first17), Today));

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData(" 11010519491231002X ")]
    public void The_X_check_digit_passes_in_either_case_and_with_spaces(string idNumber)
    {
        Assert.Equal("11010519491231002X", ResidentIdNumber.Normalize(idNumber));
        Assert.Equal(IdNumberProblem.None, IdNumberCheck.Check(idNumber, Today));
    }

    [Fact]
    public void A_wrong_check_digit_is_refused()
    {
        Assert.Equal(IdNumberProblem.WrongCheckDigit, IdNumberCheck.Check("110105194912310021", Today));
        var valid = WithCheckDigit("33010219800101001");
        var wrong = valid[..17] + (valid[17] == '0' ? '1' : '0');
        Assert.Equal(IdNumberProblem.WrongCheckDigit, IdNumberCheck.Check(wrong, Today));
    }

    [Fact]
    public void X_is_accepted_only_as_the_check_digit()
    {
        Assert.Equal(IdNumberProblem.None, IdNumberCheck.Check("11010519491231002X", Today));
        Assert.Equal(IdNumberProblem.WrongCheckDigit, IdNumberCheck.Check("110105194912310029", Today));
        Assert.Equal(IdNumberProblem.BadCharacters, IdNumberCheck.Check("1101051949123100X2", Today));
    }

    [Theory]
    [InlineData("11010519490230001")] // 30 February
    [InlineData("11010519491301001")] // month 13
    [InlineData("11010518991231001")] // before 1900
    [InlineData("11010520250111001")] // tomorrow
    public void Impossible_birth_dates_are_refused(string first17) =>
        Assert.Equal(IdNumberProblem.ImpossibleBirthDate, IdNumberCheck.Check(WithCheckDigit(first17), Today));

    [Fact]
    public void Old_fifteen_digit_numbers_are_refused_as_such() =>
        Assert.Equal(IdNumberProblem.OldFifteenDigit, IdNumberCheck.Check("110105491231002", Today));

    [Theory]
    [InlineData("3.30102E+17")]
    [InlineData("330102198001010000.0")]
    public void Numbers_mangled_by_Excel_are_recognised(string value) =>
        Assert.Equal(IdNumberProblem.ScientificNotation, IdNumberCheck.Check(value, Today));

    [Theory]
    [InlineData("33010219800101001")]
    [InlineData("3301021980010100171")]
    public void Wrong_lengths_are_refused(string value) =>
        Assert.Equal(IdNumberProblem.WrongLength, IdNumberCheck.Check(value, Today));

    [Theory]
    [InlineData("13912345678", true)]
    [InlineData("19912345678", true)]
    [InlineData("0578-2123456", true)]
    [InlineData("12912345678", false)]
    [InlineData("1391234567", false)]
    [InlineData("139123456789", false)]
    public void Mainland_phone_numbers(string phone, bool valid) => Assert.Equal(valid, PhoneNumber.IsValid(phone));

    [Theory]
    [InlineData("139 5781 2345", "13957812345")]
    [InlineData("139-5781-2345", "13957812345")]
    [InlineData("+86 139 5781 2345", "13957812345")]
    [InlineData("＋８６１３９５７８１２３４５", "13957812345")]
    [InlineData("(0578)2123456", "0578-2123456")]
    [InlineData("（0578）2123456", "0578-2123456")]
    [InlineData("0578－2123456", "0578-2123456")]
    [InlineData("+1 202 555 0100", "+12025550100")]
    public void Phone_numbers_are_stored_in_one_form_whatever_way_they_are_written(string typed, string stored) =>
        Assert.Equal(stored, PhoneNumber.Normalize(typed));

    [Theory]
    [InlineData("3301 0219 8001 0100 1{0}")]
    [InlineData(" 330102 19800101 001{0} ")]
    [InlineData("３３０１０２１９８００１０１００１{0}")]
    [InlineData("330102\u300019800101001{0}")]
    public void Spaces_inside_and_full_width_digits_are_normalized_before_the_check(string pattern)
    {
        var valid = WithCheckDigit("33010219800101001");
        var checkDigit = pattern.Contains('３') && valid[17] != 'X' ? (char)('０' + (valid[17] - '0')) : valid[17];
        var typed = pattern.Replace("{0}", new string(checkDigit, 1), StringComparison.Ordinal);
        Assert.Equal(valid, ResidentIdNumber.Normalize(typed));
        Assert.Equal(IdNumberProblem.None, IdNumberCheck.Check(typed, Today));
    }

    [Theory]
    [InlineData("11010519491231002ｘ")]
    [InlineData("11010519491231002Ｘ")]
    public void A_full_width_X_is_the_X_check_digit(string typed)
    {
        Assert.Equal("11010519491231002X", ResidentIdNumber.Normalize(typed));
        Assert.Equal(IdNumberProblem.None, IdNumberCheck.Check(typed, Today));
    }

    [Theory]
    [InlineData("000000")]
    [InlineData("001234")]
    [InlineData("100101")]
    [InlineData("160101")]
    [InlineData("240101")]
    [InlineData("380101")]
    [InlineData("470101")]
    [InlineData("550101")]
    [InlineData("660101")]
    [InlineData("720101")]
    [InlineData("830101")]
    [InlineData("910101")]
    [InlineData("990101")]
    public void A_region_code_outside_the_GB_T_2260_provinces_is_refused(string region) =>
        Assert.Equal(IdNumberProblem.UnknownRegion, IdNumberCheck.Check(ResidentIdNumber.Compose(region, new DateOnly(1980, 1, 1), 1), Today));

    [Fact]
    public void Every_province_level_code_is_accepted()
    {
        int[] provinces = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82];
        foreach (var province in provinces)
        {
            var id = ResidentIdNumber.Compose($"{province}0101", new DateOnly(1980, 1, 1), 1);
            Assert.Equal(IdNumberProblem.None, IdNumberCheck.Check(id, Today));
        }
    }
}
