using System.Buffers;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.BankPayments;

public sealed class BankFileLayoutInputValidator : AbstractValidator<BankFileLayoutInput>
{
    private static readonly SearchValues<char> ForbiddenInSheetNames = SearchValues.Create("[]:*?/\\");

    public BankFileLayoutInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(FieldLengths.Title).WithName(_ => messages["BankLayout.Field.Name"]);
        RuleFor(x => x.Format).IsInEnum().WithName(_ => messages["BankLayout.Field.Format"]);
        RuleFor(x => x.CsvEncoding).IsInEnum().WithName(_ => messages["BankLayout.Field.CsvEncoding"]);
        RuleFor(x => x.SheetName).NotEmpty().MaximumLength(FieldLengths.SheetName)
            .Must(n => n.AsSpan().IndexOfAny(ForbiddenInSheetNames) < 0).WithMessage(_ => messages["BankLayout.SheetName.Characters"])
            .WithName(_ => messages["BankLayout.Field.SheetName"]);
        RuleFor(x => x.Columns).NotEmpty().MaximumLength(FieldLengths.LongText).WithName(_ => messages["BankLayout.Field.Columns"])
            .Custom((text, context) =>
            {
                var parsed = BankFileColumns.Parse(text);
                foreach (var bad in parsed.BadLines) context.AddFailure(messages["BankLayout.Columns.BadLine", bad, string.Join(", ", Enum.GetNames<BankFileField>())]);
                foreach (var needed in new[] { BankFileField.HolderName, BankFileField.AccountNumber, BankFileField.Amount })
                    if (parsed.Columns.All(c => c.Field != needed)) context.AddFailure(messages["BankLayout.Columns.Missing", needed]);
                foreach (var twice in parsed.Columns.GroupBy(c => c.Header).Where(g => g.Count() > 1))
                    context.AddFailure(messages["BankLayout.Columns.HeaderTwice", twice.Key]);
            });
        RuleFor(x => x.StatusHeader).NotEmpty().MaximumLength(FieldLengths.Name).WithName(_ => messages["BankLayout.Field.StatusHeader"]);
        RuleFor(x => x.ReasonHeader).NotEmpty().MaximumLength(FieldLengths.Name).WithName(_ => messages["BankLayout.Field.ReasonHeader"]);
        RuleFor(x => x.DateHeader).NotEmpty().MaximumLength(FieldLengths.Name).WithName(_ => messages["BankLayout.Field.DateHeader"]);
        RuleFor(x => x.ReferenceHeader).NotEmpty().MaximumLength(FieldLengths.Name).WithName(_ => messages["BankLayout.Field.ReferenceHeader"]);
        RuleFor(x => x.PaidValues).NotEmpty().MaximumLength(FieldLengths.ShortText).WithName(_ => messages["BankLayout.Field.PaidValues"]);
        RuleFor(x => x.FailedValues).NotEmpty().MaximumLength(FieldLengths.ShortText).WithName(_ => messages["BankLayout.Field.FailedValues"]);
    }
}
