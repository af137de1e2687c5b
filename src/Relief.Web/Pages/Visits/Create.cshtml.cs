using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Visits;

/// <summary>
/// 登记走访, made for a phone in a doorway: one column, households found as you type (or by a search button without
/// scripts), visitors from the user list or typed in, and the households' payable grants handed over in the same save.
/// </summary>
[Authorize(Policy = Policies.Edit)]
public sealed class CreateModel(
    VisitService visits,
    ConcernService concerns,
    HouseholdService households,
    OrgUnitService units,
    CampaignChoices choices,
    ICurrentUser user,
    IValidator<VisitInput> validator,
    IStringLocalizer<VisitsResource> text,
    IStringLocalizer<CoreMessages> messages) : PageModel
{
    [BindProperty]
    public VisitInput Input { get; set; } = new();

    /// <summary>The no-script household search box.</summary>
    [BindProperty]
    public string? HouseholdSearch { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    public IReadOnlyList<PersonChoice> People { get; private set; } = [];
    public IReadOnlyList<string> Regions { get; private set; } = [];
    public IReadOnlyList<HouseholdPick> Chosen { get; private set; } = [];
    public IReadOnlyList<HouseholdPick> SearchResults { get; private set; } = [];
    public IReadOnlyList<PayableGrant> Payable { get; private set; } = [];
    public bool Searched { get; private set; }
    /// <summary>The date lies outside the campaign: the message, shown with the box for the reason.</summary>
    public string? WindowWarning { get; private set; }
    public (DateOnly StartsOn, DateOnly EndsOn)? Window { get; private set; }

    public async Task OnGetAsync(int? householdId, int? campaignId, VisitKind? kind, CancellationToken ct)
    {
        var (campaigns, current) = await choices.PickAsync(campaignId, ct);
        Input = new VisitInput
        {
            CampaignId = current,
            OrgUnitId = await visits.DefaultUnitIdAsync(ct),
            Kind = kind ?? VisitKind.Home,
            VisitedOn = visits.Today,
            HouseholdIds = householdId is { } id ? [id] : [],
            Visitors = [new VisitorInput { UserId = user.UserId }],
        };
        await LoadAsync(campaigns, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Visitors.RemoveAll(v => v.IsBlank);
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
            await LoadAsync(null, ct);
            return Page();
        }
        try
        {
            var result = await visits.RecordAsync(Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Visit.Recorded"].Value;
                return RedirectToPage("Details", new { id = result.Value });
            }
            var confirm = result.Validation.Errors.FirstOrDefault(e => e.PropertyName == nameof(VisitInput.OutsideCampaignReason));
            if (confirm is not null) WindowWarning = confirm.ErrorMessage;
            else ModelState.AddErrors(result.Validation);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", text["Visit.HandOverConflict"]);
        }
        await LoadAsync(null, ct);
        return Page();
    }

    /// <summary>查找 without scripts: the form comes back with the matches to tick, everything typed kept.</summary>
    public async Task<IActionResult> OnPostSearchAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Searched = !string.IsNullOrWhiteSpace(HouseholdSearch);
        SearchResults = (await visits.SearchHouseholdsAsync(HouseholdSearch, Input.OrgUnitId, ct))
            .Where(h => !Input.HouseholdIds.Contains(h.Id)).ToList();
        await LoadAsync(null, ct);
        return Page();
    }

    /// <summary>再加一人 without scripts.</summary>
    public async Task<IActionResult> OnPostAddVisitorAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Input.Visitors.RemoveAll(v => v.IsBlank);
        Input.Visitors.Add(new VisitorInput());
        await LoadAsync(null, ct, offerBlankVisitor: false);
        return Page();
    }

    /// <summary>The search-as-you-type answer: a few matches by name or last four digits of the ID number.</summary>
    public async Task<IActionResult> OnGetHouseholdsAsync(string? term, int? orgUnitId, CancellationToken ct)
    {
        var matches = await visits.SearchHouseholdsAsync(term, orgUnitId, ct);
        return new JsonResult(matches.Select(h => new
        {
            h.Id, h.Name, h.IdNumberMasked, h.UnitName, h.Region, h.IsRemote,
            Level = messages.Label(h.Level),
            Label = HouseholdLabel(h),
        }));
    }

    /// <summary>The payable grants of the households ticked so far, for the hand-over list.</summary>
    public async Task<IActionResult> OnGetPayableAsync(int[] ids, int? campaignId, CancellationToken ct)
    {
        var grants = await visits.GetPayableGrantsAsync(ids, campaignId, ct);
        return new JsonResult(grants.Select(g => new { g.Id, g.HouseholdId, Label = GrantLabel(g) }));
    }

    public string HouseholdLabel(HouseholdPick h) =>
        string.Join(" · ", new[] { h.Name, h.IdNumberMasked[^4..], h.UnitName, h.Region, h.IsRemote ? messages["Household.Field.IsRemote"].Value : null }
            .Where(x => !string.IsNullOrWhiteSpace(x)));

    public string GrantLabel(PayableGrant g) =>
        text["HandOver.GrantLabel", g.HouseholdName, messages.Label(g.Kind), Display.Money(g.TotalAmount)];

    public bool HasSeveralUnits => Units.Count > 1;

    private async Task LoadAsync(IReadOnlyList<CampaignChoice>? campaigns, CancellationToken ct, bool offerBlankVisitor = true)
    {
        Campaigns = (campaigns ?? await choices.ListAsync(ct)).Where(c => c.Status != CampaignStatus.Closed).ToList();
        Units = await units.GetChoicesAsync(ct);
        People = await concerns.GetOwnerChoicesAsync(ct);
        Regions = await households.GetRegionsAsync(ct);
        Chosen = await visits.GetHouseholdsAsync(Input.HouseholdIds, ct);
        Payable = await visits.GetPayableGrantsAsync(Chosen.Select(h => h.Id), Input.CampaignId, ct);
        Window = Input.CampaignId is { } id && Campaigns.Any(c => c.Id == id) ? await visits.GetCampaignWindowAsync(id, ct) : null;
        // One empty row for the next visitor (the first one when there are none).
        if (offerBlankVisitor && (Input.Visitors.Count == 0 || !Input.Visitors[^1].IsBlank) && Input.Visitors.Count < VisitInputValidator.MaxVisitors)
            Input.Visitors.Add(new VisitorInput());
    }
}
