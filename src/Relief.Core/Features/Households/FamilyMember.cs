namespace Relief.Core.Features.Households;

public class FamilyMember
{
    public int Id { get; set; }
    public int HouseholdId { get; set; }
    public required string Name { get; set; }
    /// <summary>Relation to the head, e.g. 配偶, 子女, 父母.</summary>
    public required string Relation { get; set; }
    public int? BirthYear { get; set; }
    public string? Occupation { get; set; }
    public string? Health { get; set; }
}
