namespace Relief.Core.Features.Visits;

/// <summary>Which concerns a list shows.</summary>
public enum ConcernView
{
    /// <summary>Open and in progress: the working list.</summary>
    Unresolved = 0,
    /// <summary>Unresolved and past the due date.</summary>
    Overdue = 1,
    Resolved = 2,
    All = 3,
}
