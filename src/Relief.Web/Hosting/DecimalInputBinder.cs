using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Web.Hosting;

/// <summary>
/// Binds every decimal field (amounts, incomes, quantities) through <see cref="DecimalText"/>: what people type is
/// read (¥1,500, 1500元, full-width digits), and what is not a plain number (1e3, NaN, words) is refused with the
/// product's own message next to the field. Range and the fen are the validators' to check.
/// </summary>
public sealed class DecimalInputBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None) return Task.CompletedTask;
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);

        var text = result.FirstValue;
        var nullable = Nullable.GetUnderlyingType(bindingContext.ModelType) is not null;
        if (string.IsNullOrWhiteSpace(text))
        {
            // An empty optional field is no amount; an empty required one is zero, and the validators say what is missing.
            bindingContext.Result = ModelBindingResult.Success(nullable ? null : 0m);
            return Task.CompletedTask;
        }
        if (DecimalText.TryParse(text, out var value))
        {
            bindingContext.Result = ModelBindingResult.Success(value);
            return Task.CompletedTask;
        }
        var messages = bindingContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, messages["Binding.NotANumber", text]);
        bindingContext.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}

public sealed class DecimalInputBinderProvider : IModelBinderProvider
{
    private static readonly DecimalInputBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal) ? Binder : null;
}
