using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.BankPayments;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.BankPayments;

/// <summary>
/// 收款账户 of a household: record or change it (officers; the number is asked again only to change it), and the audited
/// reveal of the full number (those who may see ID numbers; the service refuses anyone else).
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class AccountModel(BankAccountService accounts, IStringLocalizer<BankPaymentsResource> text) : PageModel
{
    public HouseholdBankSection Section { get; private set; } = null!;

    /// <summary>Set only in the answer to the audited reveal; never stored, never in a URL.</summary>
    public string? RevealedNumber { get; private set; }

    [BindProperty]
    public BankAccountInput Input { get; set; } = new();

    public async Task OnGetAsync(int householdId, CancellationToken ct)
    {
        Section = await accounts.GetAsync(householdId, ct);
        Input = await accounts.GetForEditAsync(householdId, ct);
    }

    public async Task<IActionResult> OnPostAsync(int householdId, CancellationToken ct)
    {
        if (!ModelState.HasBindingErrors())
        {
            var result = await accounts.SaveAsync(householdId, Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Account.Saved"].Value;
                return RedirectToPage("/Households/Details", new { id = householdId });
            }
            ModelState.AddErrors(result.Validation);
        }
        Section = await accounts.GetAsync(householdId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevealAsync(int householdId, CancellationToken ct)
    {
        RevealedNumber = await accounts.RevealAsync(householdId, ct);
        Response.Headers.CacheControl = "no-store";
        Section = await accounts.GetAsync(householdId, ct);
        Input = await accounts.GetForEditAsync(householdId, ct);
        ModelState.Clear();
        return Page();
    }
}
