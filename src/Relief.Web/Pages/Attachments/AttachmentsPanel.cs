using Relief.Core.Features.Attachments;

namespace Relief.Web.Pages.Attachments;

/// <summary>What the gallery and upload form of one record show.</summary>
public sealed record AttachmentsPanel(
    AttachmentOwner Owner,
    IReadOnlyList<AttachmentView> Items,
    IReadOnlyList<AttachmentKind> Kinds,
    MissingPapers? Missing,
    bool MayUpload,
    int DefaultKindId,
    int MaxFileMegabytes);
