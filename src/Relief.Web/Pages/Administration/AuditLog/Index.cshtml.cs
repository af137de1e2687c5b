using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Administration.AuditLog;

[Authorize(Policy = Policies.ReadAuditLog)]
public sealed class IndexModel(AuditLogService auditLog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditLogFilter Filter { get; set; } = new();

    public PagedResult<AuditLogRow> Result { get; private set; } = null!;
    public IReadOnlyList<string> EntityNames { get; private set; } = [];

    // "page" is also Razor Pages' own route value (the page's path), which a bound property reads instead of the
    // query string: the page number is bound from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        Result = await auditLog.SearchAsync(Filter, new PageRequest(pageNumber, 25), ct);
        EntityNames = await auditLog.EntityNamesAsync(ct);
    }
}
