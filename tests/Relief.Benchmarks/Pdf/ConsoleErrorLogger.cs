using Microsoft.Extensions.Logging;

namespace Relief.Benchmarks.Pdf;

/// <summary>Shows the engine's phase timings (debug level) on standard error when asked with --verbose.</summary>
internal sealed class ConsoleErrorLogger : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Console.Error.WriteLine($"[{logLevel}] {formatter(state, exception)}");
}
