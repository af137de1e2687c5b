namespace Relief.Core.Features.Administration;

public sealed class OrgUnitInput
{
    public int? ParentId { get; set; }
    public string Name { get; set; } = "";
    public string? Code { get; set; }
    public OrgUnitKind Kind { get; set; } = OrgUnitKind.Branch;
    public int SortOrder { get; set; }
    public Guid Version { get; set; }
}
