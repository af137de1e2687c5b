using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Administration;

namespace Relief.Web.Hosting;

/// <summary>
/// The signed-in user. The unit id comes from the cookie; its path is read from the database once per request,
/// so moving a unit in the tree changes everyone's scope at once. An unknown or missing unit, no signed-in user, or
/// no request at all scopes to nothing: the system acts only where start-up or background code names it
/// (<see cref="SystemScopes.CreateSystemScope"/>).
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor, IServiceProvider services) : ICurrentUser
{
    /// <summary>Matches no unit path (paths start with "/"): the scope of someone with no valid unit.</summary>
    private const string NothingInScope = "!";
    private string? _scopePath;

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? UserName => Principal?.FindFirstValue(ReliefClaims.DisplayName) ?? Principal?.Identity?.Name;

    public int? OrgUnitId =>
        int.TryParse(Principal?.FindFirstValue(ReliefClaims.OrgUnitId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public string ScopePath => _scopePath ??= LoadScopePath();

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    private string LoadScopePath()
    {
        if (OrgUnitId is not { } unitId) return NothingInScope;
        // Resolved lazily: the DbContext itself depends on ICurrentUser. Units carry no scope filter, so this query
        // does not ask for the scope it is finding.
        var db = services.GetRequiredService<ReliefDbContext>();
        return db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId && u.IsActive).Select(u => u.Path).FirstOrDefault() ?? NothingInScope;
    }
}
