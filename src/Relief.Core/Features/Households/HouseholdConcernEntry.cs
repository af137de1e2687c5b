using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Households;

public sealed record HouseholdConcernEntry(
    int Id, DateOnly RaisedOn, ConcernCategory Category, string Description, ConcernStatus Status, DateOnly DueOn, DateOnly? ResolvedOn);
