namespace Relief.Core.Features.Grants;

/// <summary>A live grant another unit holds for the same household and campaign, read past the scope for the duplicate check.</summary>
public sealed record OtherUnitGrant(string UnitPath, GrantKind Kind, decimal TotalAmount, GrantStatus Status);
