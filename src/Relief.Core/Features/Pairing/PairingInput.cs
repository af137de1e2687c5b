using Relief.Core.Features.Households;

namespace Relief.Core.Features.Pairing;

/// <summary>What the pairing form binds: the helper, the period (a campaign, or a year), and the households.</summary>
public sealed record PairingInput : IHouseholdGroupInput
{
    public int OrgUnitId { get; set; }
    /// <summary>The campaign the pairing is for; when empty, <see cref="Year"/> names the year it runs for.</summary>
    public int? CampaignId { get; set; }
    public int? Year { get; set; }
    /// <summary>A user of the system; their name, title and unit are filled in when left blank.</summary>
    public string? HelperUserId { get; set; }
    public string? HelperName { get; set; }
    public string? HelperTitle { get; set; }
    public string? HelperWorkplace { get; set; }
    public DateOnly PairedOn { get; set; }
    public string? Notes { get; set; }
    public List<int> HouseholdIds { get; set; } = [];
    public Guid Version { get; set; }
}
