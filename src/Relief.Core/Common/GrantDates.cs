namespace Relief.Core.Common;

/// <summary>The dates a service knows of one grant when it records the next one; the unknown stay null and are not checked.</summary>
public sealed record GrantDates(
    DateOnly? Applied = null, DateOnly? Decided = null, DateOnly? Noticed = null, DateOnly? Payable = null, DateOnly? Paid = null, DateOnly? Today = null)
{
    public DateOnly? Of(GrantMilestone milestone) => milestone switch
    {
        GrantMilestone.Applied => Applied,
        GrantMilestone.Decided => Decided,
        GrantMilestone.Noticed => Noticed,
        GrantMilestone.Payable => Payable,
        GrantMilestone.Paid => Paid,
        GrantMilestone.Today => Today,
        _ => throw new ArgumentOutOfRangeException(nameof(milestone), milestone, null),
    };
}
