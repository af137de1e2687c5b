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
public sealed class DateInputBinder : TextInputBinder
{
    protected override object EmptyValue => default(DateOnly);

    /// <summary>An empty optional date is no date; an empty required one is said here, once.</summary>
    protected override string? Empty(bool nullable, IStringLocalizer<SharedResource> messages) => nullable ? null : messages["Binding.DateMissing"].Value;

    protected override bool TryParse(string text, out object value)
    {
        var read = DateText.TryParse(text, out var day);
        value = day;
        return read;
    }

    protected override string Unreadable(string text, IStringLocalizer<SharedResource> messages) => messages["Binding.NotADate", text];
}

public sealed class DateInputBinderProvider : IModelBinderProvider
{
    private static readonly DateInputBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? Binder : null;
}
