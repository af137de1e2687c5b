using System.Diagnostics;
using System.Globalization;

namespace Relief.Web.Tests.Administration.Backups;

/// <summary>
/// The child writer (tests/Relief.CrashWriter) as a test drives it: started on a database the migrations made, its
/// commits counted as it reports them, and killed (SIGKILL on Linux and macOS, TerminateProcess on Windows: no chance
/// to flush or roll back).
/// </summary>
public sealed class WriterProcess : IDisposable
{
    /// <summary>The audit entity of the writer's rows; each batch's number is the EntityKey of its three rows.</summary>
    public const string Entity = "CrashWriter";

    private readonly Process _process;
    private readonly Task _reading;
    private int _reported;

    private WriterProcess(Process process)
    {
        _process = process;
        _reading = Task.Run(ReadReportsAsync);
    }

    /// <summary>The last batch the writer reported committed.</summary>
    public int Reported => Volatile.Read(ref _reported);

    public static WriterProcess Start(string database)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "Relief.CrashWriter.dll");
        Assert.True(File.Exists(writer), $"{writer} was not built beside the tests");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(database);
        return new WriterProcess(Process.Start(start)!);
    }

    public async Task WaitForAsync(int commits)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (Reported < commits)
        {
            Assert.False(_process.HasExited, $"the writer stopped after {Reported} commits");
            Assert.True(DateTime.UtcNow < deadline, $"the writer reported only {Reported} commits in 2 minutes");
            await Task.Delay(10);
        }
    }

    /// <summary>Kills the writer and returns the last batch it reported (what it printed before it died is still read).</summary>
    public async Task<int> KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
        await _reading;
        Assert.NotEqual(0, _process.ExitCode);
        return Reported;
    }

    private async Task ReadReportsAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            // Only the next number counts: a line cut short by the kill is not a report.
            if (int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var batch) && batch == Reported + 1)
                Volatile.Write(ref _reported, batch);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
    }
}
