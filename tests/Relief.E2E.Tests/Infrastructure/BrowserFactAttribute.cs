namespace Relief.E2E.Tests.Infrastructure;

/// <summary>A browser journey: skipped, visibly and with the reason, when no Chromium is installed (never in CI).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserLocator.MissingReason is { } reason) Skip = reason;
    }
}
