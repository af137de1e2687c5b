using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Common;
using Relief.Core.Features.BankPayments;
using Relief.Core.Features.Households;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Households;

/// <summary>The household file (一户一档): everything on record and everything done for the household, newest first.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(
    HouseholdService households,
    BankAccountService bankAccounts,
    IAuthorizationService authorization,
    TimeProvider clock,
    IStringLocalizer<SharedResource> shared,
    IStringLocalizer<HouseholdsResource> text,
    IStringLocalizer<CoreMessages> messages) : PageModel
{
    public HouseholdFile Household { get; private set; } = null!;
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];
    public bool CanEdit { get; private set; }
    /// <summary>The payee account (masked), its changes and the bank payments with their references.</summary>
    public HouseholdBankSection Bank { get; private set; } = null!;

    /// <summary>Set only in the answer to the audited reveal; never stored, never in a URL.</summary>
    public string? RevealedIdNumber { get; private set; }

    [BindProperty]
    public HouseholdStatusInput StatusChange { get; set; } = new();

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        ResetStatusForm();
    }

    /// <summary>显示完整身份证号: Chair and Administrator only (the service refuses anyone else: 403); audited.</summary>
    public async Task<IActionResult> OnPostRevealAsync(int id, CancellationToken ct)
    {
        RevealedIdNumber = await households.RevealIdNumberAsync(id, ct);
        Response.Headers.CacheControl = "no-store";
        await LoadAsync(id, ct);
        ModelState.Clear();
        ResetStatusForm();
        return Page();
    }

    /// <summary>脱困 / 返困 / 注销 with reason and date.</summary>
    public async Task<IActionResult> OnPostStatusAsync(int id, CancellationToken ct)
    {
        if (!await MayEditAsync()) return Forbid();
        try
        {
            var result = await households.ChangeStatusAsync(id, StatusChange, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Details.StatusChanged", messages.Label(StatusChange.ToStatus)].Value;
                return RedirectToPage("Details", new { id });
            }
            ModelState.AddErrors(result.Validation, nameof(StatusChange));
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", shared["Common.Conflict"]);
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Household = await households.GetFileAsync(id, ct);
        Bank = await bankAccounts.GetAsync(id, ct);
        CanEdit = await MayEditAsync();
        Timeline = BuildTimeline(Household);
    }

    private async Task<bool> MayEditAsync() => (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;

    private void ResetStatusForm() => StatusChange = new HouseholdStatusInput
    {
        ToStatus = Household.NextStatuses.Count > 0 ? Household.NextStatuses[0] : default,
        EffectiveOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
        Version = Household.Version,
    };

    private List<TimelineEntry> BuildTimeline(HouseholdFile file)
    {
        var entries = new List<TimelineEntry>();
        foreach (var s in file.Surveys)
        {
            entries.Add(new TimelineEntry(s.SurveyedOn, text["Timeline.Survey"],
                text["Timeline.SurveyTitle", messages.Label(s.Method), s.Surveyors],
                text["Timeline.SurveyDetail", messages.Label(s.RecommendedLevel)],
                s.AppliedAt is null ? "badge badge-state state-onnotice" : "badge badge-state state-approved",
                s.AppliedAt is null ? text["Survey.Pending"] : text["Survey.Applied"],
                Url.Page("/Surveys/Details", new { id = s.Id })));
        }
        foreach (var g in file.Grants)
        {
            entries.Add(new TimelineEntry(g.AppliedOn, text["Timeline.Grant"],
                text["Timeline.GrantTitle", text[$"GrantKind.{g.Kind}"], Display.Money(g.TotalAmount)],
                g.CampaignName, Display.GrantBadge(g.Status), text[$"GrantStatus.{g.Status}"], Url.Page("/Grants/Details", new { id = g.Id })));
        }
        foreach (var v in file.Visits)
        {
            entries.Add(new TimelineEntry(v.VisitedOn, text["Timeline.Visit"], text[$"VisitKind.{v.Kind}"],
                v.Visitors.Count == 0 ? null : text["Timeline.Visitors", string.Join(messages["List.Separator"], v.Visitors)].Value,
                null, null, null));
        }
        foreach (var c in file.Concerns)
        {
            var detail = c.ResolvedOn is { } resolved
                ? text["Timeline.ConcernResolved", Display.Date(resolved)]
                : text["Timeline.ConcernDue", Display.Date(c.DueOn)];
            entries.Add(new TimelineEntry(c.RaisedOn, text["Timeline.Concern"],
                text["Timeline.ConcernTitle", text[$"ConcernCategory.{c.Category}"], c.Description],
                detail, Display.ConcernBadge(c.Status), text[$"ConcernStatus.{c.Status}"], null));
        }
        return entries.OrderByDescending(e => e.Date).ToList();
    }
}
