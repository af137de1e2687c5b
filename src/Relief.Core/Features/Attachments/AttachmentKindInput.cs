namespace Relief.Core.Features.Attachments;

/// <summary>A kind of paper an administrator adds to the list.</summary>
public sealed class AttachmentKindInput
{
    public string? Name { get; set; }
    public string? EnglishName { get; set; }
}
