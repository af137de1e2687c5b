using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Grants;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Disbursements;

/// <summary>
/// 确认发放: pays the ticked grants one by one; each is paid exactly once, so a double click or a second officer gets the
/// service's refusal naming the first payment, and the others still go through. Back to the list with what happened.
/// </summary>
[Authorize(Policy = Policies.Edit)]
public sealed class PayModel(DisbursementService disbursements, IStringLocalizer<NoticesResource> text) : PageModel
{
    public const string ErrorsKey = "PayErrors";

    [BindProperty]
    public int CampaignId { get; set; }

    [BindProperty]
    public int? OrgUnitId { get; set; }

    [BindProperty]
    public List<int> GrantIds { get; set; } = [];

    [BindProperty]
    public DateOnly PaidOn { get; set; }

    [BindProperty]
    public DisbursementMethod Method { get; set; }

    [BindProperty]
    public string? PaidBy { get; set; }

    [BindProperty]
    public bool SignedOff { get; set; }

    public IActionResult OnGet() => RedirectToPage("Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new List<string>();
        var paid = 0;
        if (GrantIds.Count == 0) errors.Add(text["Pay.NoneChosen"]);
        // A value the binder could not read (a date typed by hand) is refused as a whole, nothing paid.
        foreach (var entry in ModelState.Where(e => e.Value?.Errors.Count > 0))
            errors.Add(text["Pay.InvalidValue", text["Pay.Field." + entry.Key], entry.Value!.Errors[0].ErrorMessage]);
        if (errors.Count == 0)
        {
            foreach (var grantId in GrantIds.Distinct())
            {
                var result = await disbursements.PayAsync(new DisbursementInput
                {
                    GrantId = grantId,
                    PaidOn = PaidOn,
                    Method = Method,
                    PaidBy = PaidBy ?? "",
                    SignedOff = SignedOff,
                }, ct);
                if (result.Succeeded) paid++;
                else errors.AddRange(result.Validation.Errors.Select(e => e.ErrorMessage));
            }
        }
        if (paid > 0) TempData["Status"] = text["Pay.Done", paid].Value;
        if (errors.Count > 0) TempData[ErrorsKey] = string.Join("\n", errors.Distinct());
        return RedirectToPage("Index", new { campaignId = CampaignId, orgUnitId = OrgUnitId });
    }
}
