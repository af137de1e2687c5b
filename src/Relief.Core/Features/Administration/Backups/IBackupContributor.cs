namespace Relief.Core.Features.Administration.Backups;

/// <summary>
/// A store the app keeps on disk beside its database (uploaded papers, for example), which every backup carries and
/// every restore puts back. Register one per store as a singleton <c>IBackupContributor</c>: the backup copies the
/// folder's files under <see cref="Name"/>/ in the archive, after the database, so every file the database copy points
/// at is in it when the store only ever adds whole files (written to a temporary name and moved into place).
/// Files ending in <c>.tmp</c> (a write in progress) are left out.
/// </summary>
public interface IBackupContributor
{
    /// <summary>The store's folder name inside a backup: lower-case letters, digits and dashes, e.g. <c>attachments</c>.</summary>
    string Name { get; }

    /// <summary>The store's folder, a full path. A folder that does not exist yet backs up as nothing.</summary>
    string Folder { get; }
}
