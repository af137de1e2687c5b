namespace Relief.Core.Features.Grants;

/// <summary>
/// A service tried a status step that <see cref="GrantLifecycle.Steps"/> does not allow. Users never cause it: every
/// service refuses such a request with a message before it moves the grant, so this is a missing check, a bug.
/// </summary>
public sealed class IllegalGrantStepException : InvalidOperationException
{
    public IllegalGrantStepException() : base("A grant status step that the lifecycle does not allow.") { }
    public IllegalGrantStepException(string message) : base(message) { }
    public IllegalGrantStepException(string message, Exception innerException) : base(message, innerException) { }

    public IllegalGrantStepException(int grantId, GrantStatus from, GrantStatus to)
        : base($"Grant {grantId} cannot move from {from} to {to}: the grant lifecycle does not allow that step.")
    {
        (GrantId, From, To) = (grantId, from, to);
    }

    public int GrantId { get; }
    public GrantStatus From { get; }
    public GrantStatus To { get; }
}
