namespace Relief.Core.Features.Households;

public sealed record FamilyMemberInput
{
    /// <summary>The stored member being edited; null for a new one.</summary>
    public int? Id { get; set; }
    public string Name { get; set; } = "";
    public string Relation { get; set; } = "";
    public int? BirthYear { get; set; }
    public string? Occupation { get; set; }
    public string? Health { get; set; }
}
