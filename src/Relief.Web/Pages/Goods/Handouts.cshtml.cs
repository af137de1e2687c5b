using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Goods;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Goods;

/// <summary>发放记录: donated goods handed out for the campaign's grants in the user's scope, newest first; one item's when a stock is chosen.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class HandoutsModel(GoodsService goods, CampaignChoices choices) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? StockId { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public GoodsStockLine? Stock { get; private set; }
    public PagedResult<GoodsHandoutListItem>? Result { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        (Campaigns, CampaignId) = await choices.PickAsync(CampaignId, ct);
        if (CampaignId is not { } id) return;
        // The chosen item may be held outside the user's scope (hand-outs are scoped by the grant): then it is just not named.
        if (StockId is { } stockId) Stock = (await goods.BalanceAsync(id, ct)).FirstOrDefault(s => s.Id == stockId);
        Result = await goods.HandoutsAsync(id, StockId, new PageRequest(pageNumber, PageSize), ct);
    }
}
