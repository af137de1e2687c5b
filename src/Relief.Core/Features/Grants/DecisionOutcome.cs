namespace Relief.Core.Features.Grants;

public enum DecisionOutcome
{
    Approved = 0,
    Rejected = 1,
}
