namespace Relief.Core.Common;

/// <summary>
/// The union's clock: the current instant from the system, and "today" and times of day in the union's own time zone
/// (configured under "Clock:TimeZone", China Standard Time by default) whatever zone the server or container runs in.
/// Every date the app derives from now (a visit's default date, "not in the future", a notice's end) and every time
/// of day it shows go through <see cref="TimeProvider.LocalTimeZone"/>, which is this zone.
/// </summary>
public sealed class UnionClock(TimeZoneInfo zone) : TimeProvider
{
    public const string Section = "Clock:TimeZone";
    public const string DefaultZone = "Asia/Shanghai";

    public override TimeZoneInfo LocalTimeZone => zone;

    /// <summary>
    /// The zone by IANA or Windows id. China Standard Time has had no daylight saving since 1991, so where the system
    /// has no time zone data (a slim container) the default falls back to a fixed UTC+8; any other unknown id stops
    /// the start with a message naming it.
    /// </summary>
    public static TimeZoneInfo Resolve(string? id)
    {
        var wanted = string.IsNullOrWhiteSpace(id) ? DefaultZone : id.Trim();
        if (TimeZoneInfo.TryFindSystemTimeZoneById(wanted, out var found)) return found;
        if (wanted == DefaultZone)
            return TimeZoneInfo.CreateCustomTimeZone(DefaultZone, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        throw new InvalidOperationException(
            $"The time zone '{wanted}' in {Section} is not known on this machine. Use an IANA id such as Asia/Shanghai or a Windows id such as China Standard Time.");
    }
}
