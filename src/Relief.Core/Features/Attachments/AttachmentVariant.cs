namespace Relief.Core.Features.Attachments;

/// <summary>Which bytes of an attachment are asked for; each is audited as what it is.</summary>
public enum AttachmentVariant
{
    Thumbnail = 0,
    /// <summary>The full image or the PDF, shown in the browser.</summary>
    View = 1,
    Download = 2,
}
