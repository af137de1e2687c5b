using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Hotline;

/// <summary>修改来电: correct the record, choose the caller's file once found, or write down how it ended. A conflict keeps what was typed.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditModel(
    HotlineService hotline, VisitService visits, IValidator<HotlineCallInput> validator, IStringLocalizer<HotlineResource> text,
    IStringLocalizer<SharedResource> shared)
    : CallFormModel(hotline, visits, validator, text)
{
    public HotlineCallDetail Call { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Input = await Hotline.GetForEditAsync(id, ct);
        await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        try
        {
            var result = await SaveAsync(() => Hotline.UpdateAsync(id, Input, ct), ct);
            if (result is { Succeeded: true })
            {
                TempData["Status"] = Text["Call.Updated"].Value;
                return RedirectToPage("Details", new { id });
            }
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", shared["Common.Conflict"]);
            await LoadAsync(id, ct);
            // The user's input stays; the new version lets them save it over the latest once they have checked.
            Input = Input with { Version = Call.Version };
            return Page();
        }
        await LoadAsync(id, ct);
        return Page();
    }

    protected override async Task LoadAsync(int? id, CancellationToken ct)
    {
        await base.LoadAsync(id, ct);
        Call = await Hotline.GetAsync(id ?? 0, ct);
    }
}
