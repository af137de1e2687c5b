using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Grants;

/// <summary>
/// 补助申请, one household at a time (often on a phone during a visit): cash and/or in-kind items, the campaign's standard
/// beside it, an override reason above it; the one-per-kind refusal names the existing grant; another unit's help is
/// flagged before anything is typed. Without a household, the page first finds one.
/// </summary>
[Authorize(Policy = Policies.Edit)]
public sealed class ApplyModel(
    GrantService grants,
    HouseholdService households,
    CampaignChoices choices,
    IValidator<GrantInput> validator,
    IStringLocalizer<GrantsResource> text) : PageModel
{
    public const int SearchResults = 20;

    [BindProperty]
    public GrantInput Input { get; set; } = new();

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public ApplicationContext? Context { get; private set; }
    public ApplicationFormModel? Form { get; private set; }

    /// <summary>The household finder shown when no household was given.</summary>
    public string? Search { get; private set; }
    public PagedResult<HouseholdListItem>? Found { get; private set; }

    public async Task OnGetAsync(int? householdId, int? campaignId, string? search, CancellationToken ct)
    {
        Campaigns = await choices.OpenAsync(ct: ct);
        var campaign = Campaigns.FirstOrDefault(c => c.Id == campaignId)
            ?? Campaigns.FirstOrDefault(c => c.Status == CampaignStatus.Active) ?? (Campaigns.Count > 0 ? Campaigns[0] : null);
        if (householdId is not { } household)
        {
            Input.CampaignId = campaign?.Id ?? 0;
            Search = search?.Trim();
            if (!string.IsNullOrEmpty(Search))
                Found = await households.ListAsync(new HouseholdQuery { Search = Search }, new PageRequest(1, SearchResults), ct);
            return;
        }
        if (campaign is null)
        {
            // Still 404 for a household outside the user's scope, even with nothing to apply for.
            await households.GetFileAsync(household, ct);
            return;
        }
        Context = await grants.GetApplicationContextAsync(household, campaign.Id, ct);
        Input = FirstChoice(Context);
        Form = NewForm();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        GrantForm.ForgiveEmptyNumbers(ModelState);
        GrantForm.DropBlankItems(Input.Items);
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
            return await ReloadAsync(ct);
        }
        var result = await grants.ApplyAsync(Input, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = text["Apply.Saved"].Value;
            return RedirectToPage("Details", new { id = result.Value });
        }
        ModelState.AddErrors(result.Validation);
        return await ReloadAsync(ct);
    }

    public async Task<IActionResult> OnPostAddItemAsync(string? preset, CancellationToken ct)
    {
        ModelState.Clear();
        GrantForm.AddItem(Input.Items, preset, text);
        return await ReloadAsync(ct);
    }

    public async Task<IActionResult> OnPostRemoveItemAsync(int index, CancellationToken ct)
    {
        ModelState.Clear();
        GrantForm.RemoveItem(Input.Items, index);
        return await ReloadAsync(ct);
    }

    private async Task<IActionResult> ReloadAsync(CancellationToken ct)
    {
        Campaigns = await choices.OpenAsync(ct: ct);
        Context = await grants.GetApplicationContextAsync(Input.HouseholdId, Input.CampaignId, ct);
        Form = NewForm();
        return Page();
    }

    private ApplicationFormModel NewForm() => new(Input, Context!, "/Grants/Apply", null, text["Apply.Submit"]);

    /// <summary>
    /// The form starts at the first standard the household has not used yet in this campaign (kind, category, the
    /// standard as cash; a parcel starts empty), so the usual application is a reason away.
    /// </summary>
    private static GrantInput FirstChoice(ApplicationContext context)
    {
        var open = context.Standards.FirstOrDefault(s => context.Existing.All(e => e.Kind != s.Kind));
        var category = open?.Category ?? (context.Categories.Count > 0 ? context.Categories[0] : default);
        var kind = open?.Kind ?? Enum.GetValues<GrantKind>().FirstOrDefault(k => context.Existing.All(e => e.Kind != k));
        return new GrantInput
        {
            CampaignId = context.CampaignId,
            HouseholdId = context.HouseholdId,
            Kind = kind,
            Category = category,
            CashAmount = open is { Kind: not GrantKind.InKind } ? open.Amount : 0m,
        };
    }
}
