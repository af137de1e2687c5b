namespace Relief.Core.Features.Administration;

public sealed record AuditLogRow(
    long Id, DateTime At, string? UserName, string Entity, string EntityKey, AuditAction Action, string? OldValues, string? NewValues);
