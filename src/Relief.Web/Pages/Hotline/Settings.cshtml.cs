using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Hotline;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Hotline;

/// <summary>热线设置: the number and duty hours a campaign publishes; the organizing unit changes them, others see them.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class SettingsModel(
    HotlineService hotline, IValidator<HotlineSettingsInput> validator, CampaignChoices choices,
    IStringLocalizer<HotlineResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    [BindProperty]
    public HotlineSettingsInput Input { get; set; } = new();

    [BindProperty]
    public EditConflict Conflict { get; set; } = new();

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public HotlineSettingsView? Settings { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Settings is null) return;
        Input = Settings.Input;
        Conflict.Remember(Input);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (CampaignId is not { } campaignId) return RedirectToPage();
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
            await LoadAsync(ct);
            return Page();
        }
        var save = await Conflict.SaveAsync(this, "Hotline", Input, input => hotline.SaveSettingsAsync(campaignId, input, ct),
            async () => (await hotline.GetSettingsAsync(campaignId, ct)).Input);
        Input = save.Input;
        if (save.Saved)
        {
            TempData["Status"] = text["Settings.Saved"].Value;
            return RedirectToPage(new { campaignId });
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        (Campaigns, CampaignId) = await choices.PickAsync(CampaignId, ct);
        if (CampaignId is { } id) Settings = await hotline.GetSettingsAsync(id, ct);
    }
}
