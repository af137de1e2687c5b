using Relief.Core.Features.Administration.Backups;

namespace Relief.Web.Tests.Administration.Backups;

/// <summary>A store on disk as the tests make one: a folder registered for backups, as the attachment store registers its own.</summary>
public sealed class FolderContributor(string name, string folder) : IBackupContributor
{
    public string Name { get; } = name;
    public string Folder { get; } = folder;
}
