namespace Relief.Core.Features.Administration;

/// <summary>One change (or audited read): who, when, what, old and new values as JSON.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public required string Entity { get; set; }
    public required string EntityKey { get; set; }
    public AuditAction Action { get; set; }
    public string? OldValues { get; set; }
    public string? NewValues { get; set; }
    public int? OrgUnitId { get; set; }
}
