using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;

namespace Relief.Core.Tests.Common;

/// <summary>"Today" and times of day are the union's, not the server's: China Standard Time unless configured.</summary>
public sealed class UnionClockTests
{
    private static TimeProvider ClockFor(string? zone)
    {
        var settings = new Dictionary<string, string?> { ["Security:IdNumbers:HashKey"] = new string('k', 40) };
        if (zone is not null) settings[UnionClock.Section] = zone;
        var services = new ServiceCollection().AddReliefCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider().GetRequiredService<TimeProvider>();
    }

    [Fact]
    public void By_default_the_clock_keeps_China_Standard_Time_whatever_the_server_zone()
    {
        var zone = ClockFor(null).LocalTimeZone;
        // 2021-01-30 16:30 UTC is already the 31st in Lishui.
        var local = TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2021, 1, 30, 16, 30, 0, DateTimeKind.Utc), zone);
        Assert.Equal(new DateTime(2021, 1, 31, 0, 30, 0), local);
        Assert.Equal(TimeSpan.FromHours(8), zone.GetUtcOffset(new DateTime(2021, 7, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_configured_zone_is_used_and_an_unknown_one_stops_the_start_with_its_name()
    {
        Assert.Equal(TimeSpan.Zero, ClockFor("UTC").LocalTimeZone.BaseUtcOffset);
        var error = Assert.Throws<InvalidOperationException>(() => UnionClock.Resolve("Mars/Olympus_Mons"));
        Assert.Contains("Mars/Olympus_Mons", error.Message, StringComparison.Ordinal);
        Assert.Contains(UnionClock.Section, error.Message, StringComparison.Ordinal);
    }
}
