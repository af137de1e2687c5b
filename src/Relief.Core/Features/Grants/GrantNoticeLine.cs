using Relief.Core.Features.Notices;

namespace Relief.Core.Features.Grants;

public sealed record GrantNoticeLine(int PublicNoticeId, string Title, DateOnly PostedOn, DateOnly EndsOn, NoticeStatus Status, decimal Amount);
