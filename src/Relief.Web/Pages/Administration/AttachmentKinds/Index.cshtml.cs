using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Attachments;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Administration.AttachmentKinds;

/// <summary>材料类别与必备材料: the administrator extends the list of paper kinds and keeps the required-papers checklist.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class IndexModel(AttachmentKindService kinds, IStringLocalizer<AttachmentsResource> text) : PageModel
{
    public IReadOnlyList<AttachmentKind> Kinds { get; private set; } = [];
    public IReadOnlyList<RequiredPaperLine> Checklist { get; private set; } = [];

    [BindProperty]
    public AttachmentKindInput NewKind { get; set; } = new();

    [BindProperty]
    public RequiredPaperInput NewRequirement { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddKindAsync(CancellationToken ct)
    {
        var result = await kinds.AddAsync(NewKind, ct);
        if (result.Succeeded) return Done(text["Kinds.Added", NewKind.Name!.Trim()]);
        ModelState.AddErrors(result.Validation, nameof(NewKind));
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRetireAsync(int id, bool retired, CancellationToken ct)
    {
        await kinds.SetRetiredAsync(id, retired, ct);
        return Done(text[retired ? "Kinds.RetiredDone" : "Kinds.RestoredDone"]);
    }

    public async Task<IActionResult> OnPostRequireAsync(CancellationToken ct)
    {
        var result = await kinds.RequireAsync(NewRequirement, ct);
        if (result.Succeeded) return Done(text["Kinds.RequirementAdded"]);
        ModelState.AddErrors(result.Validation, nameof(NewRequirement));
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveRequirementAsync(int id, CancellationToken ct)
    {
        await kinds.RemoveRequirementAsync(id, ct);
        return Done(text["Kinds.RequirementRemoved"]);
    }

    private RedirectToPageResult Done(string message)
    {
        TempData["Status"] = message;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Kinds = await kinds.ListAsync(withRetired: true, ct);
        Checklist = await kinds.ChecklistAsync(ct);
    }
}
