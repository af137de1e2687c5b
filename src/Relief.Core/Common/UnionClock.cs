namespace Relief.Core.Common;

/// <summary>
/// The union's clock: the current instant from the system, and "today" and times of day in the union's own time zone
/// (configured under "Clock:TimeZone", China Standard Time by default) whatever zone the server or container runs in.
/// Every date the app derives from now (a visit's default date, "not in the future", a notice's end) and every time
/// of day it shows go through <see cref="TimeProvider.LocalTimeZone"/>, which is this zone.
/// </summary>
/// <remarks>
/// The zone can be looked up on first use: the web server takes the clock while the app is being built, before the
/// settings check (<see cref="ClockOptions"/>) can stop the start with the setting's name.
/// </remarks>
public sealed class UnionClock(Func<TimeZoneInfo> zone) : TimeProvider
{
    private readonly Lazy<TimeZoneInfo> _zone = new(zone);

    /// <summary>The setting's full key.</summary>
    public const string Section = ClockOptions.Section + ":" + nameof(ClockOptions.TimeZone);
    public const string DefaultZone = "Asia/Shanghai";

    public override TimeZoneInfo LocalTimeZone => _zone.Value;

    /// <summary>
    /// The zone by IANA or Windows id. China Standard Time has had no daylight saving since 1991, so where the system
    /// has no time zone data (a slim container) the default falls back to a fixed UTC+8; any other unknown id stops
    /// the start with a message naming it.
    /// </summary>
    public static TimeZoneInfo Resolve(string? id) => Find(id) ?? throw new InvalidOperationException($"{Section}: {UnknownZone(id)}");

    public static string UnknownZone(string? id) =>
        $"The time zone '{id?.Trim()}' is not known on this machine. Use an IANA id such as Asia/Shanghai or a Windows id such as China Standard Time.";

    /// <summary>As <see cref="Resolve"/>, or null for an id this machine does not know.</summary>
    public static TimeZoneInfo? Find(string? id)
    {
        var wanted = string.IsNullOrWhiteSpace(id) ? DefaultZone : id.Trim();
        if (TimeZoneInfo.TryFindSystemTimeZoneById(wanted, out var found)) return found;
        return wanted == DefaultZone
            ? TimeZoneInfo.CreateCustomTimeZone(DefaultZone, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time")
            : null;
    }
}
