namespace Relief.Core.Features.Visits;

/// <summary>A user who can be named as a visitor or a concern's owner.</summary>
public sealed record PersonChoice(string UserId, string DisplayName, string? Title, string UnitName);
