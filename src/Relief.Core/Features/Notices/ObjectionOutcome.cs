namespace Relief.Core.Features.Notices;

public enum ObjectionOutcome
{
    Open = 0,
    /// <summary>成立: the grant is rejected, or changed and decided and noticed again.</summary>
    Upheld = 1,
    /// <summary>不成立: the grant stands.</summary>
    Dismissed = 2,
}
