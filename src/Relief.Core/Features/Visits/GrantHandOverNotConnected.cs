using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Visits;

/// <summary>
/// Stands in for the disbursement service until the grant workflow provides one: payments are refused rather than
/// written twice in two places. Replace its registration with an adapter over the disbursement service.
/// </summary>
public sealed class GrantHandOverNotConnected(IStringLocalizer<CoreMessages> messages) : IGrantHandOver
{
    public bool IsAvailable => false;

    public Task<ServiceResult<int>> HandOverAsync(GrantHandOver handOver, CancellationToken ct) =>
        Task.FromResult(ServiceResult<int>.Failure(nameof(VisitInput.HandOverGrantIds), messages["Visit.HandOverUnavailable"]));
}
