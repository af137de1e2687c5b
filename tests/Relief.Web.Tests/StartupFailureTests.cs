using System.Diagnostics;

namespace Relief.Web.Tests;

/// <summary>A misconfigured database stops the real executable with a message naming the setting, not a stack trace.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task An_unreachable_SQL_Server_stops_the_app_with_a_message_naming_the_setting()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "Relief.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in new[]
        {
            app, "--urls", "http://127.0.0.1:0",
            "--Database:Provider", "SqlServer",
            "--Database:ConnectionString", "Server=127.0.0.1,1;Database=Relief;User Id=sa;Password=x;Connect Timeout=2;TrustServerCertificate=True",
            "--Security:IdNumbers:HashKey", "startup-test-key-0123456789abcdef0123456789",
        })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await errors;

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("Database:ConnectionString", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }
}
