using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Web.Hosting;

/// <summary>
/// Binds every date-and-time field (a call's time) through <see cref="DateText.TryParseDateTime"/>, as
/// <see cref="DateInputBinder"/> binds days: a day or time that does not exist is refused next to its field with the
/// form to use, not with a generic "cannot be read".
/// </summary>
public sealed class DateTimeInputBinder : TextInputBinder
{
    protected override object EmptyValue => default(DateTime);

    protected override string? Empty(bool nullable, IStringLocalizer<SharedResource> messages) => nullable ? null : messages["Binding.DateTimeMissing"].Value;

    protected override bool TryParse(string text, out object value)
    {
        var read = DateText.TryParseDateTime(text, out var moment);
        value = moment;
        return read;
    }

    protected override string Unreadable(string text, IStringLocalizer<SharedResource> messages) => messages["Binding.NotADateTime", text];
}

public sealed class DateTimeInputBinderProvider : IModelBinderProvider
{
    private static readonly DateTimeInputBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateTime) ? Binder : null;
}
