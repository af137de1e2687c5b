using System.Diagnostics;

namespace Relief.Web.Tests;

/// <summary>A misconfigured app stops the real executable with a message naming the setting, not a stack trace.</summary>
public sealed class StartupFailureTests
{
    private const string HashKey = "startup-test-key-0123456789abcdef0123456789";

    /// <summary>Production needs a key ring certificate; every run below has one unless the test is about its absence.</summary>
    private static readonly Lazy<string> Certificate = new(() =>
        Infrastructure.TestCertificate.CreatePfx(Path.Combine(Path.GetTempPath(), "relief-startup-tests", Guid.NewGuid().ToString("N"))));

    [Fact]
    public async Task Production_without_a_key_ring_certificate_stops_the_app_naming_the_settings()
    {
        var (exitCode, text) = await RunWithoutCertificateAsync("--Security:IdNumbers:HashKey", HashKey);

        Assert.Equal(1, exitCode);
        Assert.Contains("Relief cannot start", text, StringComparison.Ordinal);
        Assert.Contains("DataProtection:Certificate:Path", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SqlServer", "Server=127.0.0.1,1;Database=Relief;User Id=sa;Password=x;Connect Timeout=2;TrustServerCertificate=True")]
    [InlineData("PostgreSql", "Host=127.0.0.1;Port=1;Database=relief;Username=relief;Password=x;Timeout=2")]
    public async Task An_unreachable_database_server_stops_the_app_with_a_message_naming_the_setting(string provider, string connectionString)
    {
        var (exitCode, text) = await RunAsync(
            "--Database:Provider", provider,
            "--Database:ConnectionString", connectionString,
            "--Security:IdNumbers:HashKey", HashKey);

        Assert.Equal(1, exitCode);
        Assert.Contains("Database:ConnectionString", text, StringComparison.Ordinal);
        Assert.Contains($"Database:Provider is {provider}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    /// <summary>One bad value in each setting group (the rest valid): the start stops before any page or database is touched.</summary>
    [Theory]
    [InlineData("Notices:WorkingDays", "0")]
    [InlineData("Notices:WorkingDays", "five")]
    [InlineData("Clock:TimeZone", "Mars/Olympus_Mons")]
    [InlineData("Database:Provider", "Oracle")]
    [InlineData("Security:IdNumbers:HashKey", "too-short")]
    [InlineData("Relief:SeedDemoData", "sometimes")]
    public async Task A_bad_setting_stops_the_app_with_a_message_naming_it(string setting, string value)
    {
        var settings = new Dictionary<string, string> { ["Security:IdNumbers:HashKey"] = HashKey, [setting] = value };
        var (exitCode, text) = await RunAsync(settings.SelectMany(s => new[] { "--" + s.Key, s.Value }).ToArray());

        Assert.Equal(1, exitCode);
        Assert.Contains("Relief cannot start", text, StringComparison.Ordinal);
        Assert.Contains(setting, text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SqlServer")]
    [InlineData("PostgreSql")]
    public async Task A_database_server_without_a_connection_string_stops_the_app_naming_both_settings(string provider)
    {
        var (exitCode, text) = await RunAsync("--Database:Provider", provider, "--Security:IdNumbers:HashKey", HashKey);

        Assert.Equal(1, exitCode);
        Assert.Contains($"Database:ConnectionString: must be set when Database:Provider is {provider}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] settings) => RunWithoutCertificateAsync(
        [.. settings, "--DataProtection:Certificate:Path", Certificate.Value, "--DataProtection:Certificate:Password", Infrastructure.TestCertificate.Password]);

    private static async Task<(int ExitCode, string Output)> RunWithoutCertificateAsync(params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Relief.Web.dll"), "--urls", "http://127.0.0.1:0" }.Concat(settings))
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
