using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Goods;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Goods;

/// <summary>接收登记: the donated goods received in the user's scope for the campaign, newest first, by donor and item, with totals.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class ReceiptsModel(GoodsService goods, CampaignChoices choices) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Donor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Item { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public PagedResult<GoodsReceiptListItem>? Result { get; private set; }
    public GoodsReceiptTotals? Totals { get; private set; }
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Donor) || !string.IsNullOrWhiteSpace(Item);

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        (Campaigns, CampaignId) = await choices.PickAsync(CampaignId, ct);
        if (CampaignId is not { } id) return;
        var query = new GoodsReceiptQuery { CampaignId = id, Donor = Donor, Item = Item };
        Result = await goods.ReceiptsAsync(query, new PageRequest(pageNumber, PageSize), ct);
        Totals = await goods.ReceiptTotalsAsync(query, ct);
    }
}
