using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Reports.YearEndSummary;

public sealed class ReportHeaderInputValidator : AbstractValidator<ReportHeaderInput>
{
    public ReportHeaderInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.Author).MaximumLength(FieldLengths.Name).WithName(_ => messages["ReportHeader.Field.Author"]);
        RuleFor(x => x.DirectiveReference).MaximumLength(FieldLengths.Reference).WithName(_ => messages["ReportHeader.Field.DirectiveReference"]);
        // The title is cited inside 《》: brackets of its own would print as 《《…》》.
        RuleFor(x => x.DirectiveTitle).MaximumLength(FieldLengths.ShortText)
            .Must(t => t is null || !t.Contains('《', StringComparison.Ordinal) && !t.Contains('》', StringComparison.Ordinal))
            .WithMessage(_ => messages["ReportHeader.TitleBrackets"])
            .WithName(_ => messages["ReportHeader.Field.DirectiveTitle"]);
    }
}
