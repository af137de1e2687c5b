namespace Relief.Core.Features.Dashboard;

/// <summary>Approved grants of one applying unit, and the paid part of them.</summary>
public sealed record UnitFigure(int OrgUnitId, string UnitName, int Grants, int Households, decimal Amount, int PaidGrants, decimal PaidAmount);
