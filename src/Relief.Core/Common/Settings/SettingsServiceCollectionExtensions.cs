using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Relief.Core.Common.Settings;

public static class SettingsServiceCollectionExtensions
{
    /// <summary>
    /// The one way a setting group is read: bound from its configuration section, checked by its data annotations
    /// (and <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>) with failures named by their full
    /// key, and checked when the app starts, not when a page first asks.
    /// </summary>
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, string section) where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new SettingsValidator<T>(section));
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }
}
