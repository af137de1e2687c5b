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

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<AuditLogRow> Result { get; private set; } = null!;
    public IReadOnlyList<string> EntityNames { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await auditLog.SearchAsync(Filter, new PageRequest(PageNumber, 25), ct);
        EntityNames = await auditLog.EntityNamesAsync(ct);
    }
}
