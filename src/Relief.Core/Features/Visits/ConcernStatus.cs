namespace Relief.Core.Features.Visits;

public enum ConcernStatus
{
    Open = 0,
    InProgress = 1,
    Resolved = 2,
}
