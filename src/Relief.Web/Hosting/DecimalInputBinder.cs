using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Web.Hosting;

/// <summary>
/// Binds every decimal field (amounts, incomes, quantities) through <see cref="DecimalText"/>: what people type is
/// read (¥1,500, 1500元, full-width digits), and what is not a plain number (1e3, NaN, words) is refused with the
/// product's own message next to the field. Range and the fen are the validators' to check.
/// </summary>
public sealed class DecimalInputBinder : TextInputBinder
{
    protected override object EmptyValue => 0m;

    /// <summary>An empty optional field is no amount; an empty required one is zero, and the validators say what is missing.</summary>
    protected override string? Empty(bool nullable, IStringLocalizer<SharedResource> messages) => null;

    protected override bool TryParse(string text, out object value)
    {
        var read = DecimalText.TryParse(text, out var amount);
        value = amount;
        return read;
    }

    protected override string Unreadable(string text, IStringLocalizer<SharedResource> messages) => messages["Binding.NotANumber", text];
}

public sealed class DecimalInputBinderProvider : IModelBinderProvider
{
    private static readonly DecimalInputBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal) ? Binder : null;
}
