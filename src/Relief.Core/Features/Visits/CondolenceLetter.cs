namespace Relief.Core.Features.Visits;

/// <summary>One household's letter, merged and split into paragraphs, ready to print one per page.</summary>
public sealed record CondolenceLetter(int HouseholdId, string HouseholdName, string? Address, IReadOnlyList<string> Paragraphs, string UnionName, string SigningLeader, DateOnly Date);
