using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Hotline;

/// <summary>登记来电: while on the phone, on a phone: the time is now, the taker is the user, the caller found by name or last four digits.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class CreateModel(
    HotlineService hotline, VisitService visits, IValidator<HotlineCallInput> validator, IStringLocalizer<HotlineResource> text,
    CampaignChoices choices)
    : CallFormModel(hotline, visits, validator, text)
{
    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? campaignId, int? householdId, CancellationToken ct)
    {
        var (campaigns, current) = await choices.PickAsync(campaignId, ct);
        if (current is not { } id || campaigns.All(c => c.Status == CampaignStatus.Closed)) return RedirectToPage("Index");
        if (campaigns.First(c => c.Id == id).Status == CampaignStatus.Closed) id = campaigns.First(c => c.Status != CampaignStatus.Closed).Id;
        Input = await Hotline.NewAsync(id, householdId, ct);
        await LoadAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await SaveAsync(() => Hotline.RecordAsync(Input, ct), ct);
        if (result is { Succeeded: true })
        {
            TempData["Status"] = Text["Call.Recorded"].Value;
            return RedirectToPage("Details", new { id = result.Value });
        }
        await LoadAsync(null, ct);
        return Page();
    }

    protected override async Task LoadAsync(int? id, CancellationToken ct)
    {
        await base.LoadAsync(id, ct);
        Campaigns = await choices.OpenAsync(Input.CampaignId, ct);
    }
}
