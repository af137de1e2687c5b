using Relief.Core.Features.Households;

namespace Relief.Core.Features.Grants;

/// <summary>One application with its whole history: decisions, notices, objections and payment.</summary>
public sealed record GrantDetail
{
    public required int Id { get; init; }
    public required int CampaignId { get; init; }
    public required string CampaignName { get; init; }
    public required bool CampaignClosed { get; init; }
    public required int HouseholdId { get; init; }
    public required string HouseholdName { get; init; }
    public required int OrgUnitId { get; init; }
    public required string UnitName { get; init; }
    public required GrantKind Kind { get; init; }
    public required HouseholdCategory Category { get; init; }
    public required decimal CashAmount { get; init; }
    public required decimal InKindValue { get; init; }
    public required decimal TotalAmount { get; init; }
    public decimal? StandardAmount { get; init; }
    public string? OverrideReason { get; init; }
    public required string Reason { get; init; }
    public IReadOnlyList<GrantItemInput> Items { get; init; } = [];
    public int? FundSourceId { get; init; }
    public string? FundSourceName { get; init; }
    public required GrantStatus Status { get; init; }
    public required DateOnly AppliedOn { get; init; }
    public string? AppliedBy { get; init; }
    public int? CommitteeMeetingId { get; init; }
    public string? RejectionReason { get; init; }
    public string? DuplicateElsewhere { get; init; }
    public IReadOnlyList<GrantDecisionLine> Decisions { get; init; } = [];
    public IReadOnlyList<GrantNoticeLine> Notices { get; init; } = [];
    public IReadOnlyList<GrantObjectionLine> Objections { get; init; } = [];
    public GrantPaymentLine? Payment { get; init; }
    public required Guid Version { get; init; }

    public bool CanEdit => !CampaignClosed && Status == GrantStatus.Applied;
    public bool CanWithdraw => !CampaignClosed && GrantLifecycle.CanMove(Status, GrantStatus.Withdrawn);
}
