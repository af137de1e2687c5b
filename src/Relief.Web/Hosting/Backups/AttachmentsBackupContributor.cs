using Microsoft.Extensions.Options;
using Relief.Core.Features.Administration.Backups;
using Relief.Core.Features.Attachments;

namespace Relief.Web.Hosting.Backups;

/// <summary>The supporting documents and visit photos go into every backup beside the database, and come back with a restore.</summary>
public sealed class AttachmentsBackupContributor(IOptions<AttachmentOptions> options) : IBackupContributor
{
    public string Name => "attachments";

    public string Folder => options.Value.Folder!;
}
