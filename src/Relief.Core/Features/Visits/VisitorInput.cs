namespace Relief.Core.Features.Visits;

/// <summary>One visitor row of the visit form: a user picked from the list, or a named guest such as 公司领导.</summary>
public sealed record VisitorInput
{
    /// <summary>A user of the system; their name and title are filled in when left blank.</summary>
    public string? UserId { get; set; }
    public string? Name { get; set; }
    public string? Title { get; set; }
    /// <summary>A leader taking part (领导), counted in leaders' participation and the year-end summary.</summary>
    public bool IsLeader { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(UserId) && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Title);
}
