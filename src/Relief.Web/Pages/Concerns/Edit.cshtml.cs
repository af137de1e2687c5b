using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Common;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Concerns;

/// <summary>跟进诉求: take it in hand, reassign, move the due date, or resolve it with what was done. A conflict keeps what was typed.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditModel(
    ConcernService concerns,
    IValidator<ConcernUpdateInput> validator,
    IStringLocalizer<VisitsResource> text,
    IStringLocalizer<CoreMessages> messages) : PageModel
{
    [BindProperty]
    public ConcernUpdateInput Input { get; set; } = new();

    [BindProperty]
    public EditConflict Conflict { get; set; } = new();

    public ConcernDetail Concern { get; private set; } = null!;
    public IReadOnlyList<PersonChoice> Owners { get; private set; } = [];

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Input = await concerns.GetForEditAsync(id, ct);
        Conflict.Remember(Input);
        await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
            await LoadAsync(id, ct);
            return Page();
        }
        var save = await Conflict.SaveAsync(this, "Concern", Input, input => concerns.UpdateAsync(id, input, ct), () => concerns.GetForEditAsync(id, ct), DescribeOwner);
        Input = save.Input;
        if (save.Saved)
        {
            TempData["Status"] = text["Concern.Updated", messages.Label(Input.Status)].Value;
            return RedirectToPage("Details", new { id });
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private string? DescribeOwner(string field, object? value) =>
        field == nameof(ConcernUpdateInput.OwnerUserId) ? Owners.FirstOrDefault(o => Equals(o.UserId, value))?.DisplayName : null;

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Concern = await concerns.GetAsync(id, ct);
        Owners = await concerns.GetOwnerChoicesAsync(ct);
    }
}
