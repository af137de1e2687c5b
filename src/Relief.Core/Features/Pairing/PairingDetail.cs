using Relief.Core.Features.Households;

namespace Relief.Core.Features.Pairing;

/// <summary>One pairing as its page shows it: the helper, each household with the help it got, and the totals.</summary>
public sealed record PairingDetail(
    int Id, int OrgUnitId, string UnitName, int? CampaignId, string? CampaignName, bool CampaignClosed, int Year,
    string HelperName, string? HelperTitle, string? HelperWorkplace, bool HelperIsUser, DateOnly PairedOn, string? Notes,
    string? CreatedBy, DateTime CreatedAt, IReadOnlyList<PairingDetail.Household> Households, PairingTotals Totals)
{
    public sealed record Household(int Id, string Name, string UnitName, HardshipLevel Level, HouseholdStatus Status, IReadOnlyList<Help> Help);

    public sealed record Help(
        int Id, DateOnly GivenOn, HelpKind Kind, decimal? Amount, string? ItemName, decimal? Quantity, string? Unit, string? Description, string? RecordedBy);
}
