using Relief.Core.Features.Grants;

namespace Relief.Core.Features.Visits;

/// <summary>What the visit form binds: one contact with one or more households, and the grants handed over during it.</summary>
public sealed record VisitInput
{
    public int? CampaignId { get; set; }
    /// <summary>The unit recording the visit; the households must be of this unit or the units below it.</summary>
    public int OrgUnitId { get; set; }
    public VisitKind Kind { get; set; }
    public DateOnly VisitedOn { get; set; }
    public string? Place { get; set; }
    public string? Region { get; set; }
    public string? Notes { get; set; }
    public List<int> HouseholdIds { get; set; } = [];
    /// <summary>Blank rows (offered by the form for the next visitor) are ignored.</summary>
    public List<VisitorInput> Visitors { get; set; } = [];
    /// <summary>Payable grants of the chosen households paid during the visit: saved with the visit or not at all.</summary>
    public List<int> HandOverGrantIds { get; set; } = [];
    public DisbursementMethod HandOverMethod { get; set; } = DisbursementMethod.Cash;
    /// <summary>The recipients signed the sign-off sheet (签领) on the spot.</summary>
    public bool HandOverSignedOff { get; set; } = true;
    /// <summary>Why the visit belongs to the campaign though its date lies outside the campaign's dates; required then, kept with the visit.</summary>
    public string? OutsideCampaignReason { get; set; }
}
