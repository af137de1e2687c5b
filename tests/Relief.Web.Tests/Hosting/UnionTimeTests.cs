using Microsoft.EntityFrameworkCore;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Hosting;

/// <summary>Times of day are shown in the union's zone (China Standard Time by default), not the server's (UTC here).</summary>
public sealed class UnionTimeTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    [Fact]
    public async Task A_call_taken_at_8_20_in_Lishui_is_listed_at_8_20_on_a_server_that_runs_in_UTC()
    {
        // The demo's call of 周先生 was taken at 08:20 China Standard Time, stored as 00:20 UTC on the same day.
        var calledAt = await factory.QueryAsync(db => db.HotlineCalls.Where(c => c.CallerName == "周先生").Select(c => c.CalledAt).SingleAsync());
        Assert.Equal(new TimeSpan(0, 20, 0), calledAt.TimeOfDay);
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var log = await chair.GetHtmlAsync("/Hotline");
        var row = log.QuerySelectorAll("main tbody tr").Single(r => r.TextContent.Contains("周先生", StringComparison.Ordinal));
        Assert.Contains($"{DateOnly.FromDateTime(calledAt).Chinese()} 08:20", row.TextContent, StringComparison.Ordinal);
    }
}
