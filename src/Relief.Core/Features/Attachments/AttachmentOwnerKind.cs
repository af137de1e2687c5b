namespace Relief.Core.Features.Attachments;

/// <summary>The record an attachment documents.</summary>
public enum AttachmentOwnerKind
{
    Household = 0,
    Grant = 1,
    Visit = 2,
}
