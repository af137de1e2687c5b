namespace Relief.Core.Features.Notices;

/// <summary>What an upheld objection does to the grant it concerns.</summary>
public enum UpheldAction
{
    /// <summary>The grant is rejected; its committed money goes back to the source.</summary>
    RejectGrant = 0,
    /// <summary>The amount is changed and the grant goes back to Applied, to be decided and noticed again.</summary>
    ChangeAmount = 1,
}
