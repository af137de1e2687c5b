namespace Relief.Core.Features.Households.Import;

public enum ImportQueueOutcome
{
    Queued,
    /// <summary>The unit has an import queued or running; one at a time, so two never race for the same people.</summary>
    UnitBusy,
    /// <summary>The queue is full (imports from many units at once): try again in a few minutes.</summary>
    QueueFull,
}
