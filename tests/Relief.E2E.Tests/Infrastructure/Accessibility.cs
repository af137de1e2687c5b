using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Relief.E2E.Tests.Infrastructure;

public static class Accessibility
{
    /// <summary>Runs axe in the page and fails on any serious or critical violation, naming each one.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on {page.Url}:\n" + string.Join("\n", serious.Select(v =>
            $"{v.Impact}: {v.Id} — {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))})")));
    }
}
