using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Web.Hosting;

/// <summary>
/// Binds every date field (<see cref="DateOnly"/>) through <see cref="DateText"/>: the picker's 2026-12-07 and what
/// people type (2026/12/7, 2026年12月7日) are read; a day that does not exist (2026-02-30) or a text that is no date
/// is refused next to its field in the product's words, with the form to use. Whether the day is allowed (not in
/// the future, after the application…) is the rules' to check.
/// </summary>
public sealed class DateInputBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None) return Task.CompletedTask;
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);

        var text = result.FirstValue;
        var messages = bindingContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (string.IsNullOrWhiteSpace(text))
        {
            // An empty optional date is no date; an empty required one is said here, once.
            if (Nullable.GetUnderlyingType(bindingContext.ModelType) is not null)
                bindingContext.Result = ModelBindingResult.Success(null);
            else
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, messages["Binding.DateMissing"]);
            return Task.CompletedTask;
        }
        if (DateText.TryParse(text, out var value))
        {
            bindingContext.Result = ModelBindingResult.Success(value);
            return Task.CompletedTask;
        }
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, messages["Binding.NotADate", text]);
        bindingContext.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}

public sealed class DateInputBinderProvider : IModelBinderProvider
{
    private static readonly DateInputBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? Binder : null;
}
