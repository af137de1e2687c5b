namespace Relief.Core.Features.Administration;

public sealed record UserSummary(
    string Id, string UserName, string DisplayName, string? Title, string? PhoneNumber, int OrgUnitId, string UnitName,
    string Role, bool IsActive, bool IsLockedOut, int FailedSignIns, string? ConcurrencyStamp);
