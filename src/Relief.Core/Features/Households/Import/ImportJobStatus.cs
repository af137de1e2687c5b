namespace Relief.Core.Features.Households.Import;

public enum ImportJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
