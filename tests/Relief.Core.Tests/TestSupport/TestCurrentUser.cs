using Relief.Core.Features.Administration;

namespace Relief.Core.Tests.TestSupport;

/// <summary>The acting user of a test database, switchable between steps (the audit interceptor reads it at save time).</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    public ICurrentUser Acting { get; set; } = SystemActor.For("test set-up");

    public string? UserId => Acting.UserId;
    public string? UserName => Acting.UserName;
    public int? OrgUnitId => Acting.OrgUnitId;
    public string ScopePath => Acting.ScopePath;
    public bool IsInRole(string role) => Acting.IsInRole(role);
}
