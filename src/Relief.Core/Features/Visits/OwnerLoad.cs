namespace Relief.Core.Features.Visits;

/// <summary>One owner's unresolved concerns and how many of them are overdue: the chair's overview.</summary>
public sealed record OwnerLoad(string? OwnerUserId, string OwnerName, int Unresolved, int Overdue);
