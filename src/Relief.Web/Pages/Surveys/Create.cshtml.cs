using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;
using Relief.Core.Features.Surveys;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Surveys;

/// <summary>记录摸底调查 for one household; the form starts from what the file says now.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class CreateModel(
    SurveyService surveys,
    HouseholdService households,
    CampaignChoices choices,
    ICurrentUser user,
    TimeProvider clock,
    IValidator<SurveyInput> validator,
    IStringLocalizer<HouseholdsResource> text) : PageModel
{
    [BindProperty]
    public SurveyInput Input { get; set; } = new();

    public HouseholdFile Household { get; private set; } = null!;
    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(int householdId, int? campaignId, CancellationToken ct)
    {
        await LoadAsync(householdId, ct);
        Input = new SurveyInput
        {
            HouseholdId = Household.Id,
            CampaignId = campaignId ?? Campaigns.FirstOrDefault(c => c.Status == CampaignStatus.Active)?.Id,
            SurveyedOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            Surveyors = user.UserName ?? "",
            Method = SurveyMethod.Home,
            PerCapitaIncome = Household.PerCapitaIncome,
            FamilySize = Household.FamilySize,
            Causes = Household.Causes,
            RecommendedLevel = Household.Level,
            RecommendedCategories = [.. Household.Categories],
            IsPriority = Household.IsPriority,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(Input.HouseholdId, ct);
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
            return Page();
        }
        var result = await surveys.RecordAsync(Input, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = text["Survey.Recorded"].Value;
            return RedirectToPage("Details", new { id = result.Value });
        }
        ModelState.AddErrors(result.Validation);
        return Page();
    }

    private async Task LoadAsync(int householdId, CancellationToken ct)
    {
        Household = await households.GetFileAsync(householdId, ct);
        Campaigns = await choices.OpenAsync(ct: ct);
    }
}
