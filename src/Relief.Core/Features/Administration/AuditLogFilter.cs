namespace Relief.Core.Features.Administration;

public sealed class AuditLogFilter
{
    public string? User { get; set; }
    public string? Entity { get; set; }
    public string? EntityKey { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
