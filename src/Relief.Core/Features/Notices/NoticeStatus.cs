namespace Relief.Core.Features.Notices;

public enum NoticeStatus
{
    Draft = 0,
    Posted = 1,
    Closed = 2,
}
