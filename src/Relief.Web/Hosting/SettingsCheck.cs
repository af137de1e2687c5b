using Microsoft.Extensions.Options;

namespace Relief.Web.Hosting;

public static class SettingsCheck
{
    /// <summary>
    /// Checks every setting group (each registered with ValidateOnStart) before the pipeline, the database or the seeder
    /// reads one, and turns a bad one into a <see cref="StartupConfigurationException"/> naming the setting: the app
    /// stops with that message, not with a stack trace at the first page that asks.
    /// </summary>
    public static WebApplication ValidateSettings(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (OptionsValidationException ex)
        {
            throw Stop(ex.Failures, ex);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            throw Stop(ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures), ex);
        }
        catch (InvalidOperationException ex)
        {
            // The configuration binder names the key of a value it cannot convert ("Failed to convert … at 'Notices:WorkingDays'").
            throw new StartupConfigurationException(ex.Message, ex);
        }
        return app;
    }

    private static StartupConfigurationException Stop(IEnumerable<string> failures, Exception cause) =>
        new("Invalid settings: " + string.Join(" ", failures), cause);
}
