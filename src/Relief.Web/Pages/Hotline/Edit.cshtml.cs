using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Hotline;

/// <summary>修改来电: correct the record, choose the caller's file once found, or write down how it ended. A conflict keeps what was typed.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditModel(
    HotlineService hotline, VisitService visits, IValidator<HotlineCallInput> validator, IStringLocalizer<HotlineResource> text)
    : CallFormModel(hotline, visits, validator, text)
{
    [BindProperty]
    public EditConflict Conflict { get; set; } = new();

    public HotlineCallDetail Call { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Input = await Hotline.GetForEditAsync(id, ct);
        Conflict.Remember(Input);
        await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await HasUnreadableValuesAsync(ct))
        {
            var save = await Conflict.SaveAsync(this, "Hotline", Input, input => Hotline.UpdateAsync(id, input, ct), () => Hotline.GetForEditAsync(id, ct));
            Input = save.Input;
            if (save.Saved)
            {
                TempData["Status"] = Text["Call.Updated"].Value;
                return RedirectToPage("Details", new { id });
            }
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
