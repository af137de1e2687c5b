using System.Globalization;
using System.Resources;
using FluentValidation.Resources;

namespace Relief.Core.Common;

/// <summary>
/// FluentValidation's built-in checks (NotEmpty, MaximumLength, InclusiveBetween…) speak in the product's words,
/// from CoreMessages ("Validation.{validator}"), in Chinese and English; the library's stock text ("'X' 必须在 0 和
/// 1000000 之间, 您输入了 -100。") never reaches a user. A validator without a text of ours falls back to the stock one.
/// </summary>
public sealed class ProductLanguageManager : LanguageManager
{
    private static readonly ResourceManager Resources = new("Relief.Core.Resources.CoreMessages", typeof(CoreMessages).Assembly);

    public override string GetString(string key, CultureInfo? culture = null) =>
        Resources.GetString("Validation." + key, culture ?? CultureInfo.CurrentUICulture) ?? base.GetString(key, culture);

    /// <summary>
    /// The validation defaults of the whole product: our texts, and one message per field (a rule stops at its first
    /// failure, so −100 is "out of range" once, not also "must be greater than 0").
    /// </summary>
    public static void Apply()
    {
        FluentValidation.ValidatorOptions.Global.LanguageManager = new ProductLanguageManager();
        FluentValidation.ValidatorOptions.Global.DefaultRuleLevelCascadeMode = FluentValidation.CascadeMode.Stop;
    }
}
