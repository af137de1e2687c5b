using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Attachments;

public sealed record RequiredPaperLine(int Id, AttachmentKind Kind, HouseholdCategory? Category, GrantKind? GrantKind);
