using System.ComponentModel.DataAnnotations;

namespace Relief.Web.Hosting.Backups;

/// <summary>
/// The <c>Backups</c> settings: where SQLite backups are kept, when they are taken and how many are kept. Only the SQLite
/// provider is backed up by the app; a database server is backed up with its own tools (docs/operations.md).
/// </summary>
public sealed class BackupOptions
{
    public const string Section = "Backups";

    /// <summary>Take backups on the schedule. Off: only the admin page's "back up now" takes one.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Where backups are written. Empty: <c>backups</c> under the data folder. Relative paths are under the content
    /// root. A folder on another disk survives the loss of the data disk; copy backups off the machine as well.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>The first backup of each day, in the union's time zone (<c>Clock:TimeZone</c>), as HH:mm.</summary>
    public TimeOnly TimeOfDay { get; set; } = new(2, 30);

    /// <summary>Hours between scheduled backups, counted from <see cref="TimeOfDay"/>: 24 is daily, 6 is four a day.</summary>
    [Range(1, 24)]
    public int IntervalHours { get; set; } = 24;

    /// <summary>How many backups to keep; the oldest beyond this are deleted after each new one.</summary>
    [Range(1, 1000)]
    public int Keep { get; set; } = 14;
}
