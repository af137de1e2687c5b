using Relief.Core.Common;

namespace Relief.Core.Features.Administration;

/// <summary>A union in the hierarchy. Users and records belong to one; a user sees it and the units below it.</summary>
public class OrgUnit : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Code { get; set; }
    public OrgUnitKind Kind { get; set; }
    public int? ParentId { get; set; }
    public OrgUnit? Parent { get; set; }
    public List<OrgUnit> Children { get; set; } = [];

    /// <summary>
    /// Materialized path of ids, e.g. "/1/4/9/". Scope checks are one indexed prefix match
    /// (<c>unit.Path.StartsWith(scopePath)</c>) instead of a recursive query.
    /// </summary>
    public string Path { get; set; } = "/";

    public bool IsActive { get; set; } = true;
    public int SortOrder { get; set; }
    public Guid Version { get; set; }

    public static string ChildPath(string parentPath, int id) => $"{parentPath}{id}/";
}
