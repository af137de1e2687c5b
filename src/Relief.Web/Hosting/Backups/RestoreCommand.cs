namespace Relief.Web.Hosting.Backups;

/// <summary>
/// <c>Relief.Web restore &lt;backup-file&gt; [--Setting=value …]</c>: restores a backup into the database the same
/// settings would run on, then exits; the app is not started. Settings come from the same places as the app's
/// (appsettings, environment, the arguments after the file), so the restore finds the app's database.
/// </summary>
public static partial class RestoreCommand
{
    public const string Verb = "restore";

    /// <summary>Runs the command when the arguments ask for it (setting the exit code) and says so; false for a normal start.</summary>
    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args is not [Verb, ..]) return false;
        if (args is not [_, var file, ..] || file.StartsWith('-'))
        {
            Serilog.Log.Error("Usage: dotnet run --project src/Relief.Web -- restore <full path of the backup .zip or .db> [--Setting=value ...]");
            Environment.ExitCode = 2;
            return true;
        }
        Environment.ExitCode = (await RunAsync(file, args[2..])).Restored ? 0 : 1;
        return true;
    }

    /// <summary>Restores <paramref name="file"/> into the database that <paramref name="settings"/> (as command-line arguments) name, and says what it did (also in the log). <paramref name="services"/> adds to the app's services, as a host does.</summary>
    public static async Task<RestoreResult> RunAsync(string file, string[] settings, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(settings);
        builder.AddReliefServices();
        services?.Invoke(builder.Services);
        await using var app = builder.Build();
        app.ValidateSettings();
        var logger = app.Services.GetRequiredService<ILogger<BackupRestorer>>();
        var result = await app.Services.GetRequiredService<BackupRestorer>().RestoreAsync(file, CancellationToken.None);
        if (result.Restored) LogRestored(logger, result.Message);
        else LogRefused(logger, result.Message);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message}")]
    private static partial void LogRestored(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Message}")]
    private static partial void LogRefused(ILogger logger, string message);
}
