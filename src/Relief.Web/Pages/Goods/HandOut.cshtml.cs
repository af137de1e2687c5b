using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Goods;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Goods;

/// <summary>
/// 物资发放: donated goods of one item handed out for the items of payable or paid grants, ticked on one list, all or none.
/// More than is left is refused with what is left, also when someone hands out the same goods at the same moment.
/// </summary>
[Authorize(Policy = Policies.Edit)]
public sealed class HandOutModel(
    GoodsService goods, IValidator<GoodsHandoutInput> validator, CampaignChoices choices, IStringLocalizer<GoodsResource> text) : PageModel
{
    [BindProperty]
    public GoodsHandoutInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    public HandoutForm? Form { get; private set; }
    public IReadOnlyList<GoodsStockLine> Stocks { get; private set; } = [];

    public async Task OnGetAsync(int? stockId, CancellationToken ct)
    {
        if (stockId is { } id)
        {
            Form = await goods.HandoutFormAsync(id, ct);
            Input = new GoodsHandoutInput
            {
                GoodsStockId = id,
                HandedOutOn = goods.Today,
                HandedOutBy = await goods.CurrentUserNameAsync(ct),
                Lines = Form.Items.Select(i => new GoodsHandoutLine { GrantItemId = i.GrantItemId, Quantity = i.Quantity }).ToList(),
            };
            return;
        }
        // No stock chosen yet: the campaign's stocks with something left, to pick from.
        (_, CampaignId) = await choices.PickAsync(CampaignId, ct);
        if (CampaignId is { } campaignId) Stocks = await goods.StocksWithBalanceAsync(campaignId, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
        }
        else
        {
            var result = await goods.HandOutAsync(Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["HandOut.Done", result.Value].Value;
                var stock = await goods.GetStockAsync(Input.GoodsStockId, ct);
                return RedirectToPage("Handouts", new { stockId = stock.Id, campaignId = stock.CampaignId });
            }
            ModelState.AddErrors(result.Validation);
        }
        Form = await goods.HandoutFormAsync(Input.GoodsStockId, ct);
        // The rows as they are now, with what the user ticked and typed kept for the ones still offered.
        var typed = Input.Lines.GroupBy(l => l.GrantItemId).ToDictionary(g => g.Key, g => g.First());
        Input.Lines = Form.Items.Select(i => typed.TryGetValue(i.GrantItemId, out var line)
            ? line
            : new GoodsHandoutLine { GrantItemId = i.GrantItemId, Quantity = i.Quantity }).ToList();
        return Page();
    }
}
