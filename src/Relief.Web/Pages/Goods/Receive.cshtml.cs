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

/// <summary>登记捐赠物资: one line of donated goods as it arrives: donor, item, quantity and unit, value, the unit holding it.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class ReceiveModel(
    GoodsService goods, IValidator<GoodsReceiptInput> validator, CampaignChoices choices, IStringLocalizer<GoodsResource> text) : PageModel
{
    /// <summary>The units of measure officers use most, offered as suggestions.</summary>
    public static readonly IReadOnlyList<string> CommonUnits = ["袋", "桶", "斤", "千克", "箱", "件", "床", "套", "份"];

    [BindProperty]
    public GoodsReceiptInput Input { get; set; } = new();

    public string CampaignName { get; private set; } = "";
    public IReadOnlyList<(int Id, string Name, int Depth)> Holders { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? campaignId, CancellationToken ct)
    {
        var campaigns = await choices.ListAsync(ct);
        var chosen = campaigns.FirstOrDefault(c => c.Id == campaignId && c.Status != CampaignStatus.Closed)
            ?? campaigns.FirstOrDefault(c => c.Status == CampaignStatus.Active);
        if (chosen is null) return RedirectToPage("Index");
        Input = await goods.NewReceiptAsync(chosen.Id, ct);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
        }
        else
        {
            var result = await goods.ReceiveAsync(Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Receive.Done", Input.ItemName.Trim(), GoodsDisplay.Quantity(Input.Quantity), Input.Unit.Trim()].Value;
                return RedirectToPage("Index", new { campaignId = Input.CampaignId });
            }
            ModelState.AddErrors(result.Validation);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CampaignName = (await choices.ListAsync(ct)).FirstOrDefault(c => c.Id == Input.CampaignId)?.Name ?? "";
        Holders = await goods.HolderChoicesAsync(Input.CampaignId, ct);
    }
}
