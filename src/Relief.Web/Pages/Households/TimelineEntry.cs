namespace Relief.Web.Pages.Households;

/// <summary>One line of a file's timeline: a survey, a grant, a visit or a concern, already in the reader's words.</summary>
public sealed record TimelineEntry(DateOnly Date, string Kind, string Title, string? Detail, string? BadgeClass, string? BadgeText, string? Url);
