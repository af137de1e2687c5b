using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Administration.Users;

[Authorize(Policy = Policies.Administer)]
public sealed class EditModel(UserAdminService users, OrgUnitService units, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public EditConflict Conflict { get; set; } = new();

    public UserSummary Account { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync(string id, CancellationToken ct)
    {
        Account = await users.GetAsync(id, ct);
        Input = ToInput(Account);
        Conflict.Remember(Input);
        Units = await UnitChoices.LoadAsync(units, Input.OrgUnitId, ct);
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        var save = await Conflict.SaveAsync(this, "User", Input, input => users.UpdateAsync(id, input, ct), async () => ToInput(await users.GetAsync(id, ct)), DescribeUnit);
        Input = save.Input;
        if (save.Saved) return Done(localizer["Common.Saved"]);
        return await RedisplayAsync(id, ct);
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(NewPassword))
        {
            ModelState.AddModelError(nameof(NewPassword), localizer["Users.NewPasswordRequired"]);
            return await RedisplayAsync(id, ct, keepInput: false);
        }
        var result = await users.ResetPasswordAsync(id, NewPassword, ct);
        if (result.Succeeded) return Done(localizer["Users.PasswordReset"]);
        ModelState.AddErrors(result.Validation, prefix: "");
        return await RedisplayAsync(id, ct, keepInput: false);
    }

    public Task<IActionResult> OnPostLockAsync(string id, CancellationToken ct) => SetLockedAsync(id, true, ct);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct) => SetLockedAsync(id, false, ct);

    private async Task<IActionResult> SetLockedAsync(string id, bool locked, CancellationToken ct)
    {
        var result = await users.SetLockedAsync(id, locked, ct);
        if (result.Succeeded) return Done(localizer[locked ? "Users.LockedNow" : "Users.UnlockedNow"]);
        ModelState.AddErrors(result.Validation);
        return await RedisplayAsync(id, ct, keepInput: false);
    }

    public Task<IActionResult> OnPostDeactivateAsync(string id, CancellationToken ct) => SetActiveAsync(id, false, ct);

    public Task<IActionResult> OnPostActivateAsync(string id, CancellationToken ct) => SetActiveAsync(id, true, ct);

    private async Task<IActionResult> SetActiveAsync(string id, bool active, CancellationToken ct)
    {
        var result = await users.SetActiveAsync(id, active, ct);
        if (result.Succeeded) return Done(localizer[active ? "Users.ActivatedNow" : "Users.DeactivatedNow"]);
        ModelState.AddErrors(result.Validation);
        return await RedisplayAsync(id, ct, keepInput: false);
    }

    private RedirectToPageResult Done(LocalizedString message)
    {
        TempData["Status"] = message.Value;
        return RedirectToPage("Index");
    }

    private async Task<IActionResult> RedisplayAsync(string id, CancellationToken ct, bool keepInput = true)
    {
        Account = await users.GetAsync(id, ct);
        if (!keepInput)
        {
            Input = ToInput(Account);
            Conflict.Remember(Input);
        }
        Units = await UnitChoices.LoadAsync(units, Input.OrgUnitId, ct);
        return Page();
    }

    private static UserInput ToInput(UserSummary account) => new()
    {
        UserName = account.UserName, DisplayName = account.DisplayName, Title = account.Title, PhoneNumber = account.PhoneNumber,
        OrgUnitId = account.OrgUnitId, Role = account.Role, ConcurrencyStamp = account.ConcurrencyStamp,
    };

    private string? DescribeUnit(string field, object? value) =>
        field == nameof(UserInput.OrgUnitId) ? Units.FirstOrDefault(u => u.Value == value?.ToString())?.Text.Trim() : null;
}
