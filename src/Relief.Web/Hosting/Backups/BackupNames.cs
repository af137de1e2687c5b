using System.Globalization;
using System.Text.RegularExpressions;

namespace Relief.Web.Hosting.Backups;

/// <summary>
/// A backup's file name carries the UTC time it was taken (<c>relief-backup-20261207T023000Z.zip</c>). Only names of
/// exactly this form are listed or served, so a half-written file (a temporary name) is never listed and a name from a
/// request can never reach outside the backup folder.
/// </summary>
public static partial class BackupNames
{
    private const string TimeFormat = "yyyyMMdd'T'HHmmss'Z'";
    private const string Prefix = "relief-backup-";
    private const string Extension = ".zip";

    /// <summary>The archive's entry holding the database copy.</summary>
    public const string DatabaseEntry = "relief.db";

    public static string For(DateTime takenAtUtc) =>
        Prefix + takenAtUtc.ToString(TimeFormat, CultureInfo.InvariantCulture) + Extension;

    /// <summary>The UTC time in a backup's name, or null when <paramref name="name"/> is not a backup's name.</summary>
    public static DateTime? TakenAt(string? name)
    {
        if (name is null || !Pattern().IsMatch(name)) return null;
        return DateTime.TryParseExact(name[Prefix.Length..^Extension.Length], TimeFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) ? at : null;
    }

    [GeneratedRegex(@"^relief-backup-\d{8}T\d{6}Z\.zip$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
