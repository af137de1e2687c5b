namespace Relief.Core.Features.Grants;

/// <summary>A household the bulk run leaves out, and why.</summary>
public sealed record BulkApplicationSkip(int HouseholdId, string HouseholdName, string Reason);
