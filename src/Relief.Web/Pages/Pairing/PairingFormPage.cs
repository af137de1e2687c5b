using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Pairing;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.ServiceEvents;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Pairing;

/// <summary>What the create and edit pages of a pairing share: the bound input, the choices, and the household search.</summary>
public abstract class PairingFormPage(
    PairingService pairings,
    VisitService visits,
    OrgUnitService units,
    CampaignChoices choices,
    ICurrentUser user,
    IValidator<PairingInput> validator,
    IStringLocalizer<OutreachResource> text,
    IStringLocalizer<CoreMessages> messages) : PageModel
{
    [BindProperty]
    public PairingInput Input { get; set; } = new();

    /// <summary>The no-script household search box.</summary>
    [BindProperty]
    public string? HouseholdSearch { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    public IReadOnlyList<PersonChoice> People { get; private set; } = [];
    public HouseholdPickerModel Picker { get; private set; } = null!;

    protected PairingService Pairings => pairings;
    protected CampaignChoices Choices => choices;
    protected ICurrentUser CurrentUser => user;
    protected IStringLocalizer<OutreachResource> Text => text;

    /// <summary>查找 without scripts: the form comes back with the matches to tick, everything typed kept.</summary>
    public async Task<IActionResult> OnPostSearchAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var found = (await visits.SearchHouseholdsAsync(HouseholdSearch, Input.OrgUnitId, ct)).Where(h => !Input.HouseholdIds.Contains(h.Id)).ToList();
        await LoadAsync(ct, found, searched: !string.IsNullOrWhiteSpace(HouseholdSearch));
        return Page();
    }

    /// <summary>The search-as-you-type answer: a few households in scope by name or last four digits.</summary>
    public async Task<IActionResult> OnGetHouseholdsAsync(string? term, int? orgUnitId, CancellationToken ct)
    {
        var matches = await visits.SearchHouseholdsAsync(term, orgUnitId, ct);
        return new JsonResult(matches.Select(h => new { h.Id, h.Name, Label = OutreachDisplay.HouseholdLabel(h, messages) }));
    }

    protected async Task<bool> HasBindingErrorsAsync(CancellationToken ct)
    {
        if (!ModelState.HasBindingErrors()) return false;
        ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
        return true;
    }

    protected async Task LoadAsync(CancellationToken ct, IReadOnlyList<HouseholdPick>? found = null, bool searched = false)
    {
        Campaigns = await Choices.OpenAsync(Input.CampaignId, ct);
        Units = await units.GetChoicesAsync(ct);
        People = await pairings.HelperChoicesAsync(ct);
        Picker = new HouseholdPickerModel(await visits.GetHouseholdsAsync(Input.HouseholdIds, ct), found ?? [], searched, searched ? HouseholdSearch : null,
            messages["Pairing.Field.Households"], text["Pairing.HouseholdsHelp"], Required: true);
    }
}
