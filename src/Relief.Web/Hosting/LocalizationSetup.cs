using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Relief.Web.Hosting;

/// <summary>Chinese first, English second; the choice is kept in the standard culture cookie.</summary>
public static class LocalizationSetup
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    public static readonly IReadOnlyList<CultureInfo> Supported = [Chinese, English];

    public static IServiceCollection AddReliefLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Chinese);
            o.SupportedCultures = [.. Supported];
            o.SupportedUICultures = [.. Supported];
            // Only the user's explicit choice counts; a browser in English still gets the Chinese default.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }
}
