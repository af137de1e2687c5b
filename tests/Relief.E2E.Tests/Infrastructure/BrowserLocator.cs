namespace Relief.E2E.Tests.Infrastructure;

/// <summary>
/// Finds a system Chromium (Playwright cannot download its own browser here). Without one the journeys skip on a
/// developer machine with a message saying how to enable them; in CI (RELIEF_REQUIRE_BROWSER=1) they fail instead.
/// </summary>
public static class BrowserLocator
{
    private static readonly string[] Candidates =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    ];

    public static string? ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("RELIEF_CHROMIUM") is { Length: > 0 } configured ? configured : Candidates.FirstOrDefault(File.Exists);

    public static bool Required => Environment.GetEnvironmentVariable("RELIEF_REQUIRE_BROWSER") == "1";

    public static string? MissingReason => ExecutablePath is null && !Required
        ? "No Chromium found. Install it (Debian: apt-get install chromium) or set RELIEF_CHROMIUM to a Chrome/Chromium executable to run the browser journeys."
        : null;
}
