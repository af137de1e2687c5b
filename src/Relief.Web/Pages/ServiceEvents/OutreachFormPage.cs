using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.ServiceEvents;

/// <summary>
/// What the create and edit pages of the outreach records (a pairing, a service event) share: one bound input naming
/// households of a unit for a campaign, the campaign and unit choices, the household picker with its search (as you
/// type, or a submit button without scripts), and creating and saving (through the shared conflict mechanism).
/// Each record adds only its own choices and wording.
/// </summary>
public abstract class OutreachFormPage<TInput>(OutreachFormServices form, IValidator<TInput> validator) : PageModel
    where TInput : class, IHouseholdGroupInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>The no-script household search box.</summary>
    [BindProperty]
    public string? HouseholdSearch { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    public HouseholdPickerModel Picker { get; private set; } = null!;

    protected CampaignChoices Choices => form.Choices;
    protected IStringLocalizer<OutreachResource> Text => form.Text;

    /// <summary>The picker's label (a CoreMessages key) and help (an OutreachResource key), and whether a household is required.</summary>
    protected abstract (string Label, string Help, bool Required) PickerWording { get; }

    /// <summary>The record's own choices (the helpers to pick, the partners to suggest).</summary>
    protected abstract Task LoadOwnChoicesAsync(CancellationToken ct);

    /// <summary>查找 without scripts: the form comes back with the matches to tick, everything typed kept.</summary>
    public async Task<IActionResult> OnPostSearchAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var found = (await form.Visits.SearchHouseholdsAsync(HouseholdSearch, Input.OrgUnitId, ct)).Where(h => !Input.HouseholdIds.Contains(h.Id)).ToList();
        await LoadAsync(ct, found, searched: !string.IsNullOrWhiteSpace(HouseholdSearch));
        return Page();
    }

    /// <summary>The search-as-you-type answer: a few households in scope by name or last four digits.</summary>
    public async Task<IActionResult> OnGetHouseholdsAsync(string? term, int? orgUnitId, CancellationToken ct)
    {
        var matches = await form.Visits.SearchHouseholdsAsync(term, orgUnitId, ct);
        return new JsonResult(matches.Select(h => new { h.Id, h.Name, Label = OutreachDisplay.HouseholdLabel(h, form.Messages) }));
    }

    /// <summary>Creates the record and opens it, or shows the form again with the refusals beside the fields.</summary>
    protected async Task<IActionResult> CreateAsync(Func<TInput, Task<ServiceResult<int>>> create, string created, CancellationToken ct)
    {
        if (!await HasBindingErrorsAsync(ct))
        {
            var result = await create(Input);
            if (result.Succeeded)
            {
                TempData["Status"] = created;
                return RedirectToPage("Details", new { id = result.Value });
            }
            ModelState.AddErrors(result.Validation);
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The edit form as saved now, remembered so a stale save can be told apart from the user's own change.</summary>
    protected async Task ShowForEditAsync(EditConflict conflict, Func<Task<TInput>> load, CancellationToken ct)
    {
        Input = await load();
        conflict.Remember(Input);
        await LoadAsync(ct);
    }

    /// <summary>Saves an edit through the conflict mechanism: a stale save shows the colleague's change and keeps the input.</summary>
    protected async Task<IActionResult> SaveAsync(
        int id, EditConflict conflict, string fieldLabels, Func<TInput, Task<ServiceResult<int>>> update, Func<Task<TInput>> reload, CancellationToken ct)
    {
        if (!await HasBindingErrorsAsync(ct))
        {
            var save = await conflict.SaveAsync(this, fieldLabels, Input, update, reload);
            Input = save.Input;
            if (save.Saved)
            {
                TempData["Status"] = form.Shared["Common.Saved"].Value;
                return RedirectToPage("Details", new { id });
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Values the binder could not read keep its message, with the validator's own beside them.</summary>
    private async Task<bool> HasBindingErrorsAsync(CancellationToken ct)
    {
        if (!ModelState.HasBindingErrors()) return false;
        ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
        return true;
    }

    protected async Task LoadAsync(CancellationToken ct, IReadOnlyList<HouseholdPick>? found = null, bool searched = false)
    {
        // A closed campaign takes no new records; the record's own campaign stays listed so the form shows it.
        Campaigns = await form.Choices.OpenAsync(Input.CampaignId, ct);
        Units = await form.Units.GetChoicesAsync(ct);
        await LoadOwnChoicesAsync(ct);
        var (label, help, required) = PickerWording;
        Picker = new HouseholdPickerModel(await form.Visits.GetHouseholdsAsync(Input.HouseholdIds, ct), found ?? [], searched, searched ? HouseholdSearch : null,
            form.Messages[label], form.Text[help], required);
    }
}
