using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Hotline;

/// <summary>
/// What the record and edit forms share: the call input, the caller search that works without JavaScript (the search
/// button posts the form, which comes back with the matches to choose from and everything typed kept), and the
/// people who can be named as having taken the call.
/// </summary>
public abstract class CallFormModel(
    HotlineService hotline, VisitService visits, IValidator<HotlineCallInput> validator, IStringLocalizer<HotlineResource> text) : PageModel
{
    [BindProperty]
    public HotlineCallInput Input { get; set; } = new();

    [BindProperty]
    public string? HouseholdSearch { get; set; }

    public HouseholdPick? Household { get; private set; }
    public IReadOnlyList<HouseholdPick> Matches { get; private set; } = [];
    public bool Searched { get; private set; }
    public IReadOnlyList<PersonChoice> Takers { get; private set; } = [];

    protected HotlineService Hotline => hotline;
    protected IStringLocalizer<HotlineResource> Text => text;

    /// <summary>The caller search: nothing is saved and nothing is validated; the form comes back as it was typed.</summary>
    public async Task<IActionResult> OnPostSearchAsync(int? id, CancellationToken ct)
    {
        ModelState.Clear();
        Matches = await visits.SearchHouseholdsAsync(HouseholdSearch, null, ct);
        Searched = true;
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>Saves through <paramref name="save"/>; a value the binder could not read gets one plain message and the service's checks.</summary>
    protected async Task<ServiceResult<int>?> SaveAsync(Func<Task<ServiceResult<int>>> save, CancellationToken ct)
    {
        if (await HasUnreadableValuesAsync(ct)) return null;
        var result = await save();
        if (!result.Succeeded) ModelState.AddErrors(result.Validation);
        return result;
    }

    /// <summary>A value the binder could not read gets one plain message, and the service's checks run for the rest.</summary>
    protected async Task<bool> HasUnreadableValuesAsync(CancellationToken ct)
    {
        if (!ModelState.HasBindingErrors()) return false;
        ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
        return true;
    }

    protected virtual async Task LoadAsync(int? id, CancellationToken ct)
    {
        Household = Input.HouseholdId is { } householdId ? await hotline.GetHouseholdAsync(householdId, ct) : null;
        Takers = await hotline.GetTakerChoicesAsync(ct);
    }
}
