using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Households;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Hotline;

/// <summary>
/// 转为补助申请: the call's household and campaign, a kind suggested by what was asked, the caller's words as the reason;
/// one step applies through the grant rules (one per kind, standard, category on file) and links the application.
/// </summary>
[Authorize(Policy = Policies.Edit)]
public sealed class ToApplicationModel(
    HotlineService hotline, HotlineConversionService conversion, IValidator<GrantInput> validator,
    IStringLocalizer<HotlineResource> text, IStringLocalizer<SharedResource> shared) : PageModel
{
    /// <summary>In-kind rows offered on the form (blank ones are dropped before applying).</summary>
    public const int ItemRows = 3;

    [BindProperty]
    public GrantInput Input { get; set; } = new();

    /// <summary>The in-kind rows as typed: blank quantities are allowed here (an unused row), unlike on the grant's own items.</summary>
    [BindProperty]
    public List<ItemRow> Rows { get; set; } = [];

    [BindProperty]
    public Guid CallVersion { get; set; }

    public HotlineCallDetail Call { get; private set; } = null!;
    public IReadOnlyList<HouseholdCategory> Categories { get; private set; } = [];

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Input = await conversion.NewApplicationAsync(id, ct);
        await LoadAsync(id, ct);
        CallVersion = Call.Version;
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        // Unused rows are dropped, so the service's "Items[i]" errors point at the rows shown again.
        Rows.RemoveAll(r => r.IsBlank);
        Input.Items = Rows.Select(r => new GrantItemInput { Name = r.Name ?? "", Unit = r.Unit ?? "", Quantity = r.Quantity ?? 0, UnitValue = r.UnitValue ?? 0 }).ToList();
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
            await LoadAsync(id, ct);
            return Page();
        }
        try
        {
            var result = await conversion.ToApplicationAsync(id, Input, CallVersion, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Convert.ApplicationDone", result.Value].Value;
                return RedirectToPage("Details", new { id });
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
        Categories = await conversion.CallerCategoriesAsync(id, ct);
        while (Rows.Count < ItemRows) Rows.Add(new ItemRow());
    }

    public sealed record ItemRow
    {
        public string? Name { get; set; }
        public string? Unit { get; set; }
        public decimal? Quantity { get; set; }
        public decimal? UnitValue { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Unit) && Quantity is null or 0 && UnitValue is null or 0;
    }
}
