using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.ServiceEvents;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.ServiceEvents;

/// <summary>
/// What the create and edit pages of an event share: one bound input, the choices of the form, the household search
/// (as you type, or by a submit button without scripts), and the rule that binding errors get one plain message.
/// </summary>
public abstract class EventFormPage(
    ServiceEventService events,
    VisitService visits,
    OrgUnitService units,
    CampaignChoices choices,
    ICurrentUser user,
    IValidator<ServiceEventInput> validator,
    IStringLocalizer<OutreachResource> text,
    IStringLocalizer<CoreMessages> messages) : PageModel
{
    [BindProperty]
    public ServiceEventInput Input { get; set; } = new();

    /// <summary>The no-script household search box.</summary>
    [BindProperty]
    public string? HouseholdSearch { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    public IReadOnlyList<string> Partners { get; private set; } = [];
    public HouseholdPickerModel Picker { get; private set; } = null!;

    protected ServiceEventService Events => events;
    protected VisitService Visits => visits;
    protected CampaignChoices Choices => choices;
    protected ICurrentUser CurrentUser => user;
    protected IStringLocalizer<OutreachResource> Text => text;
    protected IStringLocalizer<CoreMessages> Messages => messages;

    /// <summary>查找 without scripts: the form comes back with the matches to tick, everything typed kept.</summary>
    public async Task<IActionResult> OnPostSearchAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var found = (await visits.SearchHouseholdsAsync(HouseholdSearch, Input.OrgUnitId, ct)).Where(h => !Input.HouseholdIds.Contains(h.Id)).ToList();
        await LoadAsync(ct, found, searched: !string.IsNullOrWhiteSpace(HouseholdSearch));
        return Page();
    }

    /// <summary>Binding errors (letters in a number field) get one plain message, next to the service's own.</summary>
    protected async Task<bool> HasBindingErrorsAsync(CancellationToken ct)
    {
        if (!ModelState.HasBindingErrors()) return false;
        ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
        return true;
    }

    protected async Task LoadAsync(CancellationToken ct, IReadOnlyList<HouseholdPick>? found = null, bool searched = false)
    {
        // A closed campaign takes no new records; the event's own campaign stays listed so the form shows it.
        Campaigns = await Choices.OpenAsync(Input.CampaignId, ct);
        Units = await units.GetChoicesAsync(ct);
        Partners = await events.PartnerSuggestionsAsync(ct);
        Picker = new HouseholdPickerModel(await visits.GetHouseholdsAsync(Input.HouseholdIds, ct), found ?? [], searched, searched ? HouseholdSearch : null,
            messages["ServiceEvent.Field.Households"], text["Form.HouseholdsHelp"], Required: false);
    }
}
