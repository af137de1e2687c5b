namespace Relief.Benchmarks.Timings;

/// <summary>One thing a user does, run in its own DI scope (as one request), returning a short description of what it got.</summary>
internal sealed record TimingScenario(string Name, double? TargetMilliseconds, Func<IServiceProvider, Task<string>> Run);
