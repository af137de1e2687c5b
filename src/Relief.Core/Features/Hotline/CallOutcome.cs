namespace Relief.Core.Features.Hotline;

/// <summary>How a call ended.</summary>
public enum CallOutcome
{
    /// <summary>当场解答: answered on the phone.</summary>
    Answered = 0,
    /// <summary>待跟进: someone has to come back to the caller.</summary>
    FollowUp = 1,
    /// <summary>已转办: handed on, as a concern, an application or to another body.</summary>
    Referred = 2,
}
