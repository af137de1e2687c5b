using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Visits;

namespace Relief.Core.Tests.Visits;

/// <summary>
/// Stands behind <see cref="IGrantHandOver"/> in these tests and pays the way the disbursement service does (grant
/// disbursed, fund committed → spent, one payment row, saved through the shared DbContext), or refuses or throws on
/// a chosen grant, so the visit service's transaction can be seen to take all or nothing.
/// </summary>
public sealed class TestHandOver
{
    public bool Available { get; set; } = true;
    public int? RefuseGrantId { get; set; }
    public int? ThrowOnGrantId { get; set; }
    public List<GrantHandOver> Calls { get; } = [];

    public IGrantHandOver For(ReliefDbContext db) => new Session(this, db);

    private sealed class Session(TestHandOver owner, ReliefDbContext db) : IGrantHandOver
    {
        public bool IsAvailable => owner.Available;

        public async Task<ServiceResult<int>> HandOverAsync(GrantHandOver handOver, CancellationToken ct)
        {
            owner.Calls.Add(handOver);
            if (handOver.GrantId == owner.ThrowOnGrantId) throw new ConcurrencyConflictException();
            var grant = await db.Grants.FirstAsync(g => g.Id == handOver.GrantId, ct);
            if (grant.Status != GrantStatus.Payable || handOver.GrantId == owner.RefuseGrantId)
                return ServiceResult<int>.Failure("", $"补助 {grant.Id} 不可发放");
            var fund = await db.FundSources.FirstAsync(f => f.Id == grant.FundSourceId, ct);
            fund.Committed -= grant.TotalAmount;
            fund.Spent += grant.TotalAmount;
            grant.Status = GrantStatus.Disbursed;
            var payment = new Disbursement
            {
                GrantId = grant.Id,
                PaidOn = handOver.PaidOn,
                Method = handOver.Method,
                PaidBy = handOver.PaidBy,
                Amount = grant.TotalAmount,
                VisitId = handOver.VisitId,
                SignedOff = handOver.SignedOff,
                RecordedAt = DateTime.UtcNow,
            };
            db.Disbursements.Add(payment);
            await db.SaveChangesAsync(ct);
            return ServiceResult<int>.Success(payment.Id);
        }
    }
}
