using FluentValidation;
using Relief.Core.Common;

namespace Relief.Core.Features.Administration;

public sealed class OrgUnitInputValidator : AbstractValidator<OrgUnitInput>
{
    public OrgUnitInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(FieldLengths.Title);
        RuleFor(x => x.Code).MaximumLength(FieldLengths.UnitCode);
        RuleFor(x => x.Kind).IsInEnum();
    }
}
