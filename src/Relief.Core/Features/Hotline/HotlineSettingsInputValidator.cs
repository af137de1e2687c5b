using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Hotline;

public sealed partial class HotlineSettingsInputValidator : AbstractValidator<HotlineSettingsInput>
{
    public HotlineSettingsInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.PhoneNumber).NotEmpty().MaximumLength(FieldLengths.Name)
            .Must(IsHotlineNumber).When(x => !string.IsNullOrWhiteSpace(x.PhoneNumber)).WithMessage(_ => messages["Hotline.NumberInvalid"])
            .WithName(_ => messages["Hotline.Field.PhoneNumber"]);
        RuleFor(x => x.DutyHours).NotEmpty().MaximumLength(FieldLengths.Name).WithName(_ => messages["Hotline.Field.DutyHours"]);
        RuleFor(x => x.HoursPerDay).InclusiveBetween(1, 24).WithName(_ => messages["Hotline.Field.HoursPerDay"]);
    }

    /// <summary>Digits with the separators people print (0578-2125110, (0578) 2125110, 12351、0578-2125110): at least three digits.</summary>
    public static bool IsHotlineNumber(string? value) =>
        value is not null && Number().IsMatch(value.Trim()) && value.Count(char.IsAsciiDigit) >= 3;

    [GeneratedRegex(@"^[0-9\-—()（）、/ ]+$")]
    private static partial Regex Number();
}
