using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Dashboard;

/// <summary>Every figure of the leadership dashboard for one campaign, in the reader's scope.</summary>
public sealed record DashboardFigures
{
    public required int CampaignId { get; init; }
    public required string CampaignName { get; init; }
    public required CampaignStatus CampaignStatus { get; init; }
    public IReadOnlyList<StatusFigure> ByStatus { get; init; } = [];
    public IReadOnlyList<FigureLine<HouseholdCategory>> ByCategory { get; init; } = [];
    public IReadOnlyList<FigureLine<GrantKind>> ByKind { get; init; } = [];
    public IReadOnlyList<UnitFigure> ByUnit { get; init; } = [];
    public IReadOnlyList<FundSourceLine> Funds { get; init; } = [];
    public IReadOnlyList<ProgressStep> Progress { get; init; } = [];
    /// <summary>Households in hardship on file in the campaign's tree (in scope): the base of the survey and visit bars.</summary>
    public int HouseholdsOnFile { get; init; }
    /// <summary>Of the paid grants, those paid by bank transfer (银行代发 or recorded as transfers).</summary>
    public int BankPaidGrants { get; init; }
    public decimal BankPaidAmount { get; init; }
    /// <summary>Payment batches not yet settled (draft, approved, or sent and waiting for the bank's result).</summary>
    public int OpenBankBatches { get; init; }

    public int Applications => ByStatus.Sum(s => s.Grants);
    public int ApprovedGrants => ByStatus.Where(s => GrantStatuses.Approved.Contains(s.Status)).Sum(s => s.Grants);
    public decimal ApprovedAmount => ByStatus.Where(s => GrantStatuses.Approved.Contains(s.Status)).Sum(s => s.Amount);
    public decimal PaidAmount => ByStatus.Where(s => s.Status == GrantStatus.Disbursed).Sum(s => s.Amount);
    public decimal FundsRaised => Funds.Sum(f => f.Amount);
    public decimal FundsCommitted => Funds.Sum(f => f.Committed);
    public decimal FundsSpent => Funds.Sum(f => f.Spent);
    public decimal FundsBalance => Funds.Sum(f => f.Balance);
}
