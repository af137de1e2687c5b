using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Common;
using Relief.Core.Features.Households;
using Relief.Core.Features.Surveys;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Surveys;

/// <summary>A survey and what applying it would change in the file (调整充实档案), with the one-step apply.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(
    SurveyService surveys,
    IAuthorizationService authorization,
    IStringLocalizer<HouseholdsResource> text,
    IStringLocalizer<CoreMessages> messages) : PageModel
{
    public SurveyDetail Survey { get; private set; } = null!;
    public IReadOnlyList<ComparisonRow> Comparison { get; private set; } = [];
    public bool CanEdit { get; private set; }

    /// <summary>The file version the user looked at when pressing apply.</summary>
    [BindProperty]
    public Guid HouseholdVersion { get; set; }

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostApplyAsync(int id, CancellationToken ct)
    {
        if (!await MayEditAsync()) return Forbid();
        try
        {
            var result = await surveys.ApplyAsync(id, HouseholdVersion, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Survey.AppliedMessage"].Value;
                return RedirectToPage("/Households/Details", new { id = result.Value });
            }
            ModelState.AddErrors(result.Validation, "");
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", text["Survey.ApplyConflict"]);
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Survey = await surveys.GetAsync(id, ct);
        CanEdit = await MayEditAsync();
        var s = Survey;
        Comparison =
        [
            new(messages["Household.Field.Level"], messages.Label(s.CurrentLevel), messages.Label(s.RecommendedLevel)),
            new(messages["Household.Field.Categories"], messages.Labels(s.CurrentCategories), messages.Labels(s.RecommendedCategories)),
            new(messages["Household.Field.PerCapitaIncome"], Display.Money(s.CurrentPerCapitaIncome), Display.Money(s.PerCapitaIncome)),
            new(messages["Household.Field.FamilySize"], text["Details.People", s.CurrentFamilySize], text["Details.People", s.FamilySize]),
            new(messages["Household.Field.Causes"], s.CurrentCauses ?? "", s.Causes ?? ""),
            new(messages["Household.Field.IsPriority"], s.CurrentIsPriority ? messages["Yes"] : messages["No"], s.IsPriority ? messages["Yes"] : messages["No"]),
        ];
    }

    private async Task<bool> MayEditAsync() => (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
}
