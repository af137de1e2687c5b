using System.Globalization;

namespace Relief.Web.Pages.Administration.Backups;

/// <summary>A backup's size as a person reads it: 812 KB, 12.4 MB, 1.2 GB.</summary>
public static class BackupSizes
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.0} GB"),
    };
}
