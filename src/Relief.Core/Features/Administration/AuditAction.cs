namespace Relief.Core.Features.Administration;

public enum AuditAction
{
    Insert = 0,
    Update = 1,
    Delete = 2,
    /// <summary>A read that the law wants recorded, such as revealing a full ID number.</summary>
    Access = 3,
}
