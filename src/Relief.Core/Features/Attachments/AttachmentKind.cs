namespace Relief.Core.Features.Attachments;

/// <summary>
/// 材料类别: what a paper is (申请书, 诊断证明, 走访照片…). The defaults come with the database; an administrator adds
/// more. A kind is retired rather than removed, since attachments and required-paper rules point at it.
/// </summary>
public class AttachmentKind
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The name shown in the English interface; the Chinese name when empty.</summary>
    public string? EnglishName { get; set; }
    public int SortOrder { get; set; }
    public bool IsRetired { get; set; }

    public string DisplayName(bool english) => english && !string.IsNullOrWhiteSpace(EnglishName) ? EnglishName : Name;
}
