using Relief.Web.Hosting;
using Relief.Web.Hosting.Backups;
using Serilog;

// A plain console logger for start-up failures; the app's own Serilog pipeline is built from configuration.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();
try
{
    if (await RestoreCommand.TryRunAsync(args)) return;
    var builder = WebApplication.CreateBuilder(args);
    builder.AddReliefServices();

    var app = builder.Build();
    app.ValidateSettings();
    app.UseReliefPipeline();
    await app.PrepareDatabaseAsync();
    await app.SeedAsync();
    await app.RunAsync();
}
catch (StartupConfigurationException ex)
{
    Log.Fatal("Relief cannot start: {Reason}", ex.Message);
    Environment.ExitCode = 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
