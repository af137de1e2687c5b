using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Relief.Web.Hosting;

/// <summary>
/// A field read from what people type by the product's own parser (<see cref="DecimalInputBinder"/>,
/// <see cref="DateInputBinder"/>): what the parser reads is bound, an empty field is the subclass's to decide, and
/// anything else is refused next to its field with the subclass's message, in the reader's language.
/// </summary>
public abstract class TextInputBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None) return Task.CompletedTask;
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);

        var text = result.FirstValue;
        var messages = bindingContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var nullable = Nullable.GetUnderlyingType(bindingContext.ModelType) is not null;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (Empty(nullable, messages) is { } missing) bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, missing);
            else bindingContext.Result = ModelBindingResult.Success(nullable ? null : EmptyValue);
        }
        else if (TryParse(text, out var value))
        {
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Unreadable(text, messages));
            bindingContext.Result = ModelBindingResult.Failed();
        }
        return Task.CompletedTask;
    }

    /// <summary>The value an empty required field binds to, for the validators to judge.</summary>
    protected abstract object EmptyValue { get; }

    /// <summary>The message for an empty field, or null when an empty field binds (to null, or to <see cref="EmptyValue"/>).</summary>
    protected abstract string? Empty(bool nullable, IStringLocalizer<SharedResource> messages);

    protected abstract bool TryParse(string text, out object value);

    protected abstract string Unreadable(string text, IStringLocalizer<SharedResource> messages);
}
