using FluentValidation;
using Microsoft.AspNetCore.Authorization;
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

/// <summary>转为诉求: the call's household, campaign, date and words, an owner and a due date; one step creates the concern and links it.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class ToConcernModel(
    HotlineService hotline, HotlineConversionService conversion, ConcernService concerns, IValidator<ConcernInput> validator,
    IStringLocalizer<HotlineResource> text, IStringLocalizer<SharedResource> shared) : PageModel
{
    [BindProperty]
    public ConcernInput Input { get; set; } = new();

    /// <summary>The call's version when the form was shown: a call changed meanwhile is a conflict, not converted blindly.</summary>
    [BindProperty]
    public Guid CallVersion { get; set; }

    public HotlineCallDetail Call { get; private set; } = null!;
    public IReadOnlyList<PersonChoice> Owners { get; private set; } = [];

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Input = await conversion.NewConcernAsync(id, ct);
        await LoadAsync(id, ct);
        CallVersion = Call.Version;
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
            await LoadAsync(id, ct);
            return Page();
        }
        try
        {
            var result = await conversion.ToConcernAsync(id, Input, CallVersion, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Convert.ConcernDone"].Value;
                return RedirectToPage("/Concerns/Details", new { id = result.Value });
            }
            ModelState.AddErrors(result.Validation);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", shared["Common.Conflict"]);
            await LoadAsync(id, ct);
            CallVersion = Call.Version;
            return Page();
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Call = await hotline.GetAsync(id, ct);
        Owners = await concerns.GetOwnerChoicesAsync(ct);
    }
}
