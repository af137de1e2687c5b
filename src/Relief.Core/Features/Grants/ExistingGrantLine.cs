namespace Relief.Core.Features.Grants;

/// <summary>A grant the household already holds in the campaign; <see cref="InScope"/> says whether the user may open it.</summary>
public sealed record ExistingGrantLine(int Id, GrantKind Kind, string UnitName, GrantStatus Status, decimal TotalAmount, DateOnly AppliedOn, bool InScope);
