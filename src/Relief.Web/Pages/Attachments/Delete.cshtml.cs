using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Attachments;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Attachments;

/// <summary>撤下: withdraws a paper with a reason. The file and the row stay; auditors still see both.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class DeleteModel(AttachmentService attachments, IStringLocalizer<AttachmentsResource> text, IStringLocalizer<SharedResource> shared) : PageModel
{
    public AttachmentView Attachment { get; private set; } = null!;
    public AttachmentOwner Owner { get; private set; } = null!;

    [BindProperty]
    public AttachmentDeletion Input { get; set; } = new();

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Input = new AttachmentDeletion { Version = Attachment.Version };
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        try
        {
            var result = await attachments.DeleteAsync(id, Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Delete.Done", Attachment.KindName, Attachment.FileName].Value;
                return Redirect(AttachmentLinks.OwnerUrl(Url, Owner));
            }
            ModelState.AddErrors(result.Validation, nameof(Input));
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", shared["Common.Conflict"]);
        }
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Attachment = await attachments.GetAsync(id, ct);
        Owner = await attachments.OwnerOfAsync(id, ct);
    }
}
