namespace Relief.Core.Features.Pairing;

/// <summary>One helper of the overview: who, for which period, their households and what they have given so far.</summary>
public sealed record PairingListItem(
    int Id, string HelperName, string? HelperTitle, string? HelperWorkplace, bool HelperIsUser, string UnitName, string? CampaignName, int Year,
    IReadOnlyList<string> HouseholdNames, int HouseholdCount, int Records, decimal Money, IReadOnlyList<PairingTotals.GoodsLine> Goods,
    int Jobs, int Visits, DateOnly? LastHelpOn);
