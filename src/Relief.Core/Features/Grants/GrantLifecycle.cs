using System.Collections.Frozen;

namespace Relief.Core.Features.Grants;

/// <summary>
/// Every step a grant's status may take, written once as data. Services set a grant's status only through
/// <see cref="MoveTo"/>; each refuses a step the user asked for with its own message first (named after the rule the
/// user broke), so a step this table refuses here means a service forgot a check.
/// </summary>
public static class GrantLifecycle
{
    /// <summary>Every grant starts as an application waiting for a committee.</summary>
    public const GrantStatus FirstStatus = GrantStatus.Applied;

    /// <summary>From each status, the statuses it may move to. Disbursed, Rejected and Withdrawn are final.</summary>
    public static readonly FrozenDictionary<GrantStatus, FrozenSet<GrantStatus>> Steps = new Dictionary<GrantStatus, GrantStatus[]>
    {
        // The committee decides; the applicant may withdraw.
        [GrantStatus.Applied] = [GrantStatus.Approved, GrantStatus.Rejected, GrantStatus.Withdrawn],
        // Posted on a public notice; or withdrawn, its committed money going back to the source.
        [GrantStatus.Approved] = [GrantStatus.OnNotice, GrantStatus.Withdrawn],
        // The notice closes; an upheld objection rejects it, or changes its amount and sends it back to a committee.
        [GrantStatus.OnNotice] = [GrantStatus.Payable, GrantStatus.Rejected, GrantStatus.Applied],
        [GrantStatus.Payable] = [GrantStatus.Disbursed],
        [GrantStatus.Disbursed] = [],
        [GrantStatus.Rejected] = [],
        [GrantStatus.Withdrawn] = [],
    }.ToFrozenDictionary(step => step.Key, step => step.Value.ToFrozenSet());

    public static bool CanMove(GrantStatus from, GrantStatus to) => Steps.TryGetValue(from, out var next) && next.Contains(to);

    public static IReadOnlyList<GrantStatus> NextFrom(GrantStatus from) =>
        Enum.GetValues<GrantStatus>().Where(to => CanMove(from, to)).ToList();

    /// <summary>Takes one step, or throws <see cref="IllegalGrantStepException"/> without changing the grant.</summary>
    public static void MoveTo(Grant grant, GrantStatus to)
    {
        if (!CanMove(grant.Status, to)) throw new IllegalGrantStepException(grant.Id, grant.Status, to);
        grant.Status = to;
    }
}
