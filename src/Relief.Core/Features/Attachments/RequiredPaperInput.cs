using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Attachments;

/// <summary>A checklist line: a kind of paper, wanted from every file, from a category's files, or from a grant kind's applications.</summary>
public sealed class RequiredPaperInput
{
    public int KindId { get; set; }
    public HouseholdCategory? Category { get; set; }
    public GrantKind? GrantKind { get; set; }
}
