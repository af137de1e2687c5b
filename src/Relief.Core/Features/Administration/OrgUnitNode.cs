namespace Relief.Core.Features.Administration;

/// <summary>A unit as the tree page shows it, with the counts that decide whether it may be deactivated.</summary>
public sealed record OrgUnitNode(
    int Id, int? ParentId, string Name, string? Code, OrgUnitKind Kind, bool IsActive, string Path, int Depth,
    int ActiveUsers, int Households, Guid Version);
