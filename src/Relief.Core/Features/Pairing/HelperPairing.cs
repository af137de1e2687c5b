using Relief.Core.Common;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Pairing;

/// <summary>
/// 结对帮扶: one helper — a user, or a named party cadre with their workplace and title — paired with one or more
/// households for a campaign or for a year, and what they did for each.
/// </summary>
public class HelperPairing : IVersioned, IUnitOwned
{
    public int Id { get; set; }
    /// <summary>The union unit that records the pairing; its households are of this unit's tree (scope).</summary>
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    /// <summary>The campaign the pairing is for; null when it runs for the whole <see cref="Year"/>.</summary>
    public int? CampaignId { get; set; }
    public int Year { get; set; }
    public string? HelperUserId { get; set; }
    public required string HelperName { get; set; }
    public string? HelperTitle { get; set; }
    /// <summary>The helper's own workplace, e.g. 市商务局 (party cadres are often not of the union).</summary>
    public string? HelperWorkplace { get; set; }
    public DateOnly PairedOn { get; set; }
    public string? Notes { get; set; }
    public List<PairedHousehold> Households { get; set; } = [];
    public List<HelpRecord> HelpRecords { get; set; } = [];
    public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
}
