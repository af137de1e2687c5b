namespace Relief.Core.Features.Grants;

/// <summary>The sign-off sheet of one unit in one campaign: payable and paid grants, with totals in figures and capitals.</summary>
public sealed record SignOffSheet(
    int CampaignId, string CampaignName, int OrgUnitId, string UnitName, IReadOnlyList<SignOffRow> Rows, decimal Total, string TotalInCapitals);
