using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core;
using Relief.Core.Features.Administration;
using Relief.Core.Features.ServiceEvents;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.ServiceEvents;

/// <summary>登记服务活动: a job fair, legal aid, training, cultural event or symposium; the fields follow the kind chosen.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class CreateModel(
    ServiceEventService events,
    VisitService visits,
    OrgUnitService units,
    CampaignChoices choices,
    ICurrentUser user,
    IValidator<ServiceEventInput> validator,
    IStringLocalizer<OutreachResource> text,
    IStringLocalizer<CoreMessages> messages) : EventFormPage(events, visits, units, choices, user, validator, text, messages)
{
    public async Task OnGetAsync(int? campaignId, ServiceEventKind? kind, CancellationToken ct)
    {
        var (_, current) = await Choices.PickAsync(campaignId, ct);
        Input = await Events.NewAsync(current, kind ?? ServiceEventKind.JobFair, ct);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await HasBindingErrorsAsync(ct))
        {
            var result = await Events.CreateAsync(Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = Text["Event.Recorded"].Value;
                return RedirectToPage("Details", new { id = result.Value });
            }
            ModelState.AddErrors(result.Validation);
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The search-as-you-type answer (the edit page asks here too): a few households in scope by name or last four digits.</summary>
    public async Task<IActionResult> OnGetHouseholdsAsync(string? term, int? orgUnitId, CancellationToken ct)
    {
        var matches = await Visits.SearchHouseholdsAsync(term, orgUnitId, ct);
        return new JsonResult(matches.Select(h => new { h.Id, h.Name, Label = OutreachDisplay.HouseholdLabel(h, Messages) }));
    }
}
