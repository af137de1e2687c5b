namespace Relief.Core.Features.Households;

public sealed record FamilyMemberView(int Id, string Name, string Relation, int? BirthYear, string? Occupation, string? Health);
