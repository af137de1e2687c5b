using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.BankPayments;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.BankPayments;

/// <summary>代发文件格式: the layouts administrators set, after the generic one that ships.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class LayoutsModel(BankFileLayoutService layouts) : PageModel
{
    public IReadOnlyList<BankFileLayoutListItem> Layouts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Layouts = await layouts.ListAsync(ct);
}
