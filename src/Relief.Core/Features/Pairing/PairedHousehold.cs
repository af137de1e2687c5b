using Relief.Core.Features.Households;

namespace Relief.Core.Features.Pairing;

/// <summary>One household of a pairing: the pair (helper, household) that help is recorded against.</summary>
public class PairedHousehold : IHouseholdLink
{
    public int PairingId { get; set; }
    public int HouseholdId { get; set; }
    public Household? Household { get; set; }
}
