namespace Relief.Web.Hosting;

/// <summary>The app cannot start because of its configuration; the message names the setting to fix.</summary>
public sealed class StartupConfigurationException : Exception
{
    public StartupConfigurationException() { }
    public StartupConfigurationException(string message) : base(message) { }
    public StartupConfigurationException(string message, Exception innerException) : base(message, innerException) { }
}
