namespace Relief.Core.Common;

/// <summary>The dates in a grant's life, in the order they must come (<see cref="DateOrder.GrantRules"/>), and today.</summary>
public enum GrantMilestone
{
    Applied,
    /// <summary>The day the committee met and decided.</summary>
    Decided,
    /// <summary>The day its notice went up.</summary>
    Noticed,
    /// <summary>The day after its notice period ended.</summary>
    Payable,
    Paid,
    Today,
}
