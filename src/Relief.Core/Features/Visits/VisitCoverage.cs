namespace Relief.Core.Features.Visits;

/// <summary>A campaign's reach so far: households to reach in scope, reached by any visit, not yet, and remote among those.</summary>
public sealed record VisitCoverage(int Households, int Reached, int NotReached, int RemoteNotReached);
