namespace Relief.Core.Features.Households;

/// <summary>A row naming one household of a record (a pairing's, a service event's).</summary>
public interface IHouseholdLink
{
    int HouseholdId { get; }
}
