using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Notices;

public sealed class ObjectionInputValidator : AbstractValidator<ObjectionInput>
{
    public ObjectionInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        RuleFor(x => x.ReceivedOn).NotEmpty().NotInFuture(clock, messages).WithName(_ => messages["Objection.Field.ReceivedOn"]);
        RuleFor(x => x.RaisedBy).MaximumLength(FieldLengths.Name).PersonName(messages).WithName(_ => messages["Objection.Field.RaisedBy"]);
        RuleFor(x => x.Content).NotEmpty().MaximumLength(FieldLengths.LongText).WithName(_ => messages["Objection.Field.Content"]);
    }
}
