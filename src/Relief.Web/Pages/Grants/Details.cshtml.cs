using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Hotline;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Grants;

/// <summary>
/// One grant's whole story: the application, the committee's decision(s), the notice(s) it was posted on, objections,
/// and the payment. An undecided application can be edited; an undecided or approved one withdrawn (with a reason).
/// Another unit's grant is not found (404), not forbidden.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(
    GrantService grants, Relief.Core.Features.BankPayments.PaymentBatchService bankBatches, HotlineSourceQuery hotlineSource, IAuthorizationService authorization, IStringLocalizer<GrantsResource> text) : PageModel
{
    public GrantDetail Grant { get; private set; } = null!;
    /// <summary>The grant's lines in bank payment batches (银行代发): references of payments, reasons of failures.</summary>
    public IReadOnlyList<Relief.Core.Features.BankPayments.BankPaymentEntry> BankLines { get; private set; } = [];
    public bool MayEdit { get; private set; }

    /// <summary>The hotline call the application was made from, if any (a link back to it).</summary>
    public HotlineCallSource? FromCall { get; private set; }

    [BindProperty]
    public string? WithdrawReason { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public bool WithdrawOpen { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    /// <summary>撤回: the reason is kept on the grant; an approved grant's committed money goes back to its source.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded) return Forbid();
        ModelState.Clear();
        var result = await grants.WithdrawAsync(id, WithdrawReason ?? "", Version, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = text["Grant.Withdrawn"].Value;
            return RedirectToPage("Details", new { id });
        }
        foreach (var error in result.Validation.Errors)
            ModelState.AddModelError(error.PropertyName == "reason" ? nameof(WithdrawReason) : "", error.ErrorMessage);
        WithdrawOpen = true;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Grant = await grants.GetAsync(id, ct);
        BankLines = await bankBatches.LinesOfGrantAsync(id, ct);
        FromCall = await hotlineSource.ForGrantAsync(id, ct);
        MayEdit = (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
    }
}
