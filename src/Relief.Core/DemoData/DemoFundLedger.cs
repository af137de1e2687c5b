using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;

namespace Relief.Core.DemoData;

/// <summary>
/// Charges demo grants to a campaign's fund sources the way the real approval does: approved money is
/// committed, paid money is spent, and no source is ever overdrawn (专款专用).
/// </summary>
public sealed class DemoFundLedger(IReadOnlyList<FundSource> sources)
{
    public void Charge(Grant grant)
    {
        // Undecided and rejected applications hold no money; a withdrawn grant keeps the source it was approved
        // against but no longer holds any of it.
        if (grant.Status is GrantStatus.Applied or GrantStatus.Rejected) return;
        var committed = grant.Status is GrantStatus.Approved or GrantStatus.OnNotice or GrantStatus.Payable;
        var spent = grant.Status == GrantStatus.Disbursed;
        var source = Preferred(grant.Kind).Select(Find).FirstOrDefault(s => s is not null && s.Balance >= grant.TotalAmount)
            ?? sources.FirstOrDefault(s => s.Balance >= grant.TotalAmount)
            ?? throw new InvalidOperationException($"Demo funds cannot cover a grant of {grant.TotalAmount}.");
        grant.FundSource = source;
        if (committed) source.Committed += grant.TotalAmount;
        if (spent) source.Spent += grant.TotalAmount;
    }

    private FundSource? Find(FundSourceKind kind) => sources.FirstOrDefault(s => s.Kind == kind);

    private static FundSourceKind[] Preferred(GrantKind kind) => kind switch
    {
        GrantKind.SeriousIllnessAid => [FundSourceKind.Donation, FundSourceKind.FiscalSubsidy, FundSourceKind.Allocation],
        GrantKind.HardshipSubsidy => [FundSourceKind.Allocation, FundSourceKind.FiscalSubsidy],
        GrantKind.Emergency => [FundSourceKind.FiscalSubsidy, FundSourceKind.Allocation],
        GrantKind.StudentAid => [FundSourceKind.Allocation],
        _ => [FundSourceKind.OwnFunds],
    };
}
