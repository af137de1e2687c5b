namespace Relief.Core.Features.Dashboard;

/// <summary>Approved grants (approved, on notice, payable or paid) under one key, and the paid part of them.</summary>
public sealed record FigureLine<TKey>(TKey Key, int Grants, int Households, decimal Amount, int PaidGrants, decimal PaidAmount);
