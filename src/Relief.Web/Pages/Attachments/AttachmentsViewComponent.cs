using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Relief.Core.Features.Attachments;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Attachments;

/// <summary>
/// The papers-and-photos section of a household file, an application or a visit: what is missing, the gallery, and
/// (for those who may edit) the phone-first upload form. One component, so the three pages show it the same way.
/// </summary>
public sealed class AttachmentsViewComponent(
    AttachmentService attachments,
    AttachmentKindService kinds,
    RequiredPaperService papers,
    IAuthorizationService authorization,
    IOptions<AttachmentOptions> options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(AttachmentOwner owner, bool mayUpload = true)
    {
        var ct = HttpContext.RequestAborted;
        var items = await attachments.ListAsync(owner, ct);
        var missing = owner.Kind switch
        {
            AttachmentOwnerKind.Household => await papers.MissingForHouseholdAsync(owner.Id, ct),
            AttachmentOwnerKind.Grant => await papers.MissingForGrantAsync(owner.Id, ct),
            _ => null,
        };
        var mayEdit = mayUpload && (await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.Edit)).Succeeded;
        var defaultKind = owner.Kind == AttachmentOwnerKind.Visit ? AttachmentKinds.VisitPhoto
            : missing is { Any: true } ? missing.Kinds[0].Id : AttachmentKinds.Other;
        return View(new AttachmentsPanel(owner, items, mayEdit ? await kinds.ListAsync(ct: ct) : [], missing, mayEdit, defaultKind, options.Value.MaxFileMegabytes));
    }
}
