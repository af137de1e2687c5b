using Relief.Core.Features.Notices;

namespace Relief.Core.Features.Grants;

public sealed record GrantObjectionLine(int Id, int PublicNoticeId, DateOnly ReceivedOn, string Content, ObjectionOutcome Outcome, string? Handling);
