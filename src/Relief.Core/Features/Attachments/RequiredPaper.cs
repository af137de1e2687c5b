using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Attachments;

/// <summary>
/// One line of the required-papers checklist: the kind of paper, wanted from every file (no category, no grant
/// kind), from every file of a hardship category, or from every application of a grant kind.
/// </summary>
public class RequiredPaper
{
    public int Id { get; set; }
    public int AttachmentKindId { get; set; }
    public AttachmentKind? AttachmentKind { get; set; }
    public HouseholdCategory? Category { get; set; }
    public GrantKind? GrantKind { get; set; }
}
