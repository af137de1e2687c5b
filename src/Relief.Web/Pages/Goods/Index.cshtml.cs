using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Goods;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Goods;

/// <summary>物资结存: each donated item and unit held in the user's scope for the campaign: received, handed out and left, with values.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(GoodsService goods, CampaignChoices choices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<GoodsStockLine> Stocks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Campaigns, CampaignId) = await choices.PickAsync(CampaignId, ct);
        if (CampaignId is { } id) Stocks = await goods.BalanceAsync(id, ct);
    }
}
