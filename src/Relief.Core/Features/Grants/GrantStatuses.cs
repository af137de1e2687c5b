namespace Relief.Core.Features.Grants;

/// <summary>Groups of statuses the workflow and the figures ask about.</summary>
public static class GrantStatuses
{
    /// <summary>Approved and every later step: the money is decided (and committed or spent).</summary>
    public static readonly GrantStatus[] Approved = [GrantStatus.Approved, GrantStatus.OnNotice, GrantStatus.Payable, GrantStatus.Disbursed];

    /// <summary>In <see cref="Approved"/>: the test for one status in memory, the array being the one for queries.</summary>
    public static bool IsApproved(GrantStatus status) => Approved.Contains(status);

    /// <summary>Posted on a notice, or past it.</summary>
    public static readonly GrantStatus[] Noticed = [GrantStatus.OnNotice, GrantStatus.Payable, GrantStatus.Disbursed];

    /// <summary>Still counting as help: neither rejected nor withdrawn.</summary>
    public static readonly GrantStatus[] Live = [GrantStatus.Applied, GrantStatus.Approved, GrantStatus.OnNotice, GrantStatus.Payable, GrantStatus.Disbursed];
}
