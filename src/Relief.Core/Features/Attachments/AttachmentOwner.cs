namespace Relief.Core.Features.Attachments;

/// <summary>A household file, a grant application or a visit, by id.</summary>
public sealed record AttachmentOwner(AttachmentOwnerKind Kind, int Id)
{
    public static AttachmentOwner Household(int id) => new(AttachmentOwnerKind.Household, id);
    public static AttachmentOwner Grant(int id) => new(AttachmentOwnerKind.Grant, id);
    public static AttachmentOwner Visit(int id) => new(AttachmentOwnerKind.Visit, id);
}
