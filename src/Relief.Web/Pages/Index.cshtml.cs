using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Web.Hosting;

namespace Relief.Web.Pages;

/// <summary>工作台: where everyone lands after signing in. The campaign dashboard replaces its body with issue 5.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(ReliefDbContext db, ICurrentUser currentUser) : PageModel
{
    public string UnitName { get; private set; } = "";
    public IReadOnlyList<string> RoleNames { get; private set; } = [];

    public async Task OnGetAsync()
    {
        UnitName = await db.OrgUnits.Where(u => u.Id == currentUser.OrgUnitId).Select(u => u.Name).FirstOrDefaultAsync() ?? "";
        RoleNames = Roles.All.Where(currentUser.IsInRole).ToList();
    }
}
