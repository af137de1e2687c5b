using Microsoft.AspNetCore.Mvc;
using Relief.Core.Features.Attachments;

namespace Relief.Web.Pages.Attachments;

public static class AttachmentLinks
{
    /// <summary>The page of the record an attachment belongs to, at its papers section.</summary>
    public static string OwnerUrl(IUrlHelper url, AttachmentOwner owner)
    {
        var page = owner.Kind switch
        {
            AttachmentOwnerKind.Household => "/Households/Details",
            AttachmentOwnerKind.Grant => "/Grants/Details",
            _ => "/Visits/Details",
        };
        return url.Page(page, null, new { id = owner.Id }, protocol: null, host: null, fragment: "attachments")!;
    }
}
