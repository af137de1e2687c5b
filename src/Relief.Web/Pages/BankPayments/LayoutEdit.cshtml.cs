using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.BankPayments;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.BankPayments;

/// <summary>A bank file layout: columns in order with headers, sheet name, .xlsx or .csv and its encoding, the result's columns; administrators only.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class LayoutEditModel(BankFileLayoutService layouts, IStringLocalizer<BankPaymentsResource> text) : PageModel
{
    [BindProperty]
    public BankFileLayoutInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public async Task OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        Input = await layouts.GetForEditAsync(id, ct);
        if (id is null) Input.Name = "";
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (ModelState.HasBindingErrors()) return Page();
        var result = await layouts.SaveAsync(id, Input, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Validation);
            return Page();
        }
        TempData["Status"] = text["Layouts.Saved", Input.Name].Value;
        return RedirectToPage("Layouts");
    }
}
