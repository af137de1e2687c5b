using Relief.Core.Common;

namespace Relief.Core.Features.Visits;

/// <summary>
/// The seam through which a visit pays grants (发放): the grant workflow's disbursement service sits behind it. The visit
/// service calls it inside its own transaction, on the same DbContext, so the visit and every payment commit together
/// or not at all. An implementation pays one Payable grant exactly once, moves its fund's Committed to Spent, saves
/// through the shared DbContext, and must not begin or commit a transaction of its own while one is open. It answers
/// a failure (or throws) when the grant cannot be paid; the visit is then rolled back.
/// </summary>
public interface IGrantHandOver
{
    /// <summary>False until the disbursement service is connected; the visit form then offers no hand-over.</summary>
    bool IsAvailable { get; }

    /// <summary>Pays one grant; the value of a success is the disbursement's id.</summary>
    Task<ServiceResult<int>> HandOverAsync(GrantHandOver handOver, CancellationToken ct);
}
