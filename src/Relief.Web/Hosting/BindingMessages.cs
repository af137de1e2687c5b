using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Relief.Web.Hosting;

/// <summary>
/// The product's own words when a field cannot be read at all (a date that is no date, a number that is no number),
/// in the reader's language, instead of MVC's English defaults; decimals, dates and times have their own binders (<see cref="DecimalInputBinder"/>, <see cref="DateInputBinder"/>,
/// <see cref="DateTimeInputBinder"/>).
/// The message sits beside its field, so it names the value typed, not the field's code name.
/// </summary>
public sealed class BindingMessages(IStringLocalizerFactory localizers) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var text = localizers.Create(typeof(SharedResource));
        options.ModelBinderProviders.Insert(0, new DecimalInputBinderProvider());
        options.ModelBinderProviders.Insert(0, new DateInputBinderProvider());
        options.ModelBinderProviders.Insert(0, new DateTimeInputBinderProvider());
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["Binding.Invalid", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Binding.Invalid", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["Binding.Invalid", ""]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Binding.Invalid", ""]);
        messages.SetValueIsInvalidAccessor(value => text["Binding.Invalid", value]);
        messages.SetValueMustBeANumberAccessor(field => text["Binding.FieldNotANumber"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Binding.FieldNotANumber"]);
        messages.SetValueMustNotBeNullAccessor(value => text["Binding.Invalid", value]);
        messages.SetMissingBindRequiredValueAccessor(field => text["Binding.Missing"]);
        messages.SetMissingKeyOrValueAccessor(() => text["Binding.Missing"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Binding.Missing"]);
    }
}
