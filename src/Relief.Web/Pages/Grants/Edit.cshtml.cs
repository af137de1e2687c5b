using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Grants;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Grants;

/// <summary>修改申请 while it is undecided (申请). A second person's save meanwhile is a conflict that keeps what was typed.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditModel(
    GrantService grants,
    IValidator<GrantInput> validator,
    IStringLocalizer<SharedResource> shared,
    IStringLocalizer<GrantsResource> text) : PageModel
{
    [BindProperty]
    public GrantInput Input { get; set; } = new();

    [BindProperty]
    public EditConflict Conflict { get; set; } = new();

    public GrantDetail Grant { get; private set; } = null!;
    public ApplicationContext Context { get; private set; } = null!;
    public ApplicationFormModel Form { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Input = await grants.GetForEditAsync(id, ct);
        Conflict.Remember(Input);
        await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        GrantForm.ForgiveEmptyNumbers(ModelState);
        GrantForm.DropBlankItems(Input.Items);
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
        }
        else
        {
            var loaded = await grants.GetAsync(id, ct);
            // The household and campaign never change on an edit.
            Input = Input with { HouseholdId = loaded.HouseholdId, CampaignId = loaded.CampaignId };
            var save = await Conflict.SaveAsync(this, "Grant", Input, input => grants.UpdateApplicationAsync(id, input, ct), () => grants.GetForEditAsync(id, ct));
            Input = save.Input;
            if (save.Saved)
            {
                TempData["Status"] = shared["Common.Saved"].Value;
                return RedirectToPage("Details", new { id });
            }
        }
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddItemAsync(int id, string? preset, CancellationToken ct)
    {
        ModelState.Clear();
        GrantForm.AddItem(Input.Items, preset, text);
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveItemAsync(int id, int index, CancellationToken ct)
    {
        ModelState.Clear();
        GrantForm.RemoveItem(Input.Items, index);
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Grant = await grants.GetAsync(id, ct);
        // The household and campaign never change on an edit.
        Input = Input with { HouseholdId = Grant.HouseholdId, CampaignId = Grant.CampaignId };
        Context = await grants.GetApplicationContextAsync(Grant.HouseholdId, Grant.CampaignId, ct);
        Form = new ApplicationFormModel(Input, Context, "/Grants/Edit", id, text["Edit.Submit"]);
    }
}
