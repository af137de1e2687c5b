using Relief.Core.Common;

namespace Relief.Core.Features.Attachments;

/// <summary>
/// 证明材料 / 走访照片: one stored document or photo on a household file, a grant application or a visit. The bytes
/// live in the <see cref="IAttachmentStore"/> under <see cref="ContentHash"/>; the row holds what the file is, whose
/// it is and who added it. It is never removed: a delete sets the three Deleted fields, and auditors still see it.
/// </summary>
public class Attachment : IVersioned, IUnitOwned
{
    public int Id { get; set; }
    /// <summary>The unit of the household (or of the visit) it documents: the scope filter reads it.</summary>
    public int OrgUnitId { get; set; }
    /// <summary>Set for papers on a file and on an application (the applicant's household); null for a visit's photos.</summary>
    public int? HouseholdId { get; set; }
    public int? GrantId { get; set; }
    public int? VisitId { get; set; }

    public int KindId { get; set; }
    public AttachmentKind? Kind { get; set; }
    /// <summary>The paper's own date (issued, signed, photographed), not the upload's.</summary>
    public DateOnly DocumentDate { get; set; }
    public string? Note { get; set; }

    /// <summary>The name the file had on the uploader's device: display text only, never part of a path.</summary>
    public required string FileName { get; set; }
    public required string MediaType { get; set; }
    /// <summary>SHA-256 (hex) of the stored bytes: the store's key.</summary>
    public required string ContentHash { get; set; }
    /// <summary>SHA-256 of the 320 px preview, for images.</summary>
    public string? ThumbnailHash { get; set; }
    /// <summary>SHA-256 of the bytes as uploaded: the same file sent twice to the same record is one attachment.</summary>
    public required string SourceHash { get; set; }
    /// <summary>The uploading page's own id for this file: a retry after a dropped connection finds the first upload.</summary>
    public Guid? ClientUploadId { get; set; }
    public long Size { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    public int? PageCount { get; set; }

    public string? AddedBy { get; set; }
    public DateTime AddedAt { get; set; }

    public DateTime? DeletedAt { get; set; }
    public string? DeletedBy { get; set; }
    public string? DeletionReason { get; set; }
    public bool IsDeleted => DeletedAt is not null;

    public Guid Version { get; set; }
}
