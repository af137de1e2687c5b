using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Relief.Core.Common;

/// <summary>
/// A person's name as it stands on an ID card: letters of any script (汉字, 阿依古丽, Maria), the middle dot that joins
/// the parts of a minority or foreign name (·, •, ・), and between words a space, hyphen, apostrophe or full stop.
/// No digits, brackets or other symbols: "张三1", "&lt;b&gt;李四&lt;/b&gt;" or "王五（已故）" is a typing slip or a
/// note put in the wrong field, and would stand on the public notice and the sign-off sheet as typed.
/// The 经办人 of a payment or hand-out is left out: it is filled from the signed-in user's name (a visit's hand-over
/// fills it without asking), and an account name from before this rule must not stop a payment.
/// </summary>
public static class PersonNameRules
{
    public static bool IsWellFormed(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().All(c => char.IsLetter(c) || IsMark(c) || c is '·' or '•' or '・' or '‧' or ' ' or '-' or '\'' or '.');

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>The rule every field holding a person's name carries; blank is the NotEmpty rule's to judge.</summary>
    public static IRuleBuilderOptions<T, string?> PersonName<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<CoreMessages> messages) =>
        rule.Must(IsWellFormed).WithMessage(_ => messages["Name.NotAName"]);
}
