using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Relief.Core.Features.Administration;

namespace Relief.Web.Pages.Administration.Users;

public static class UnitChoices
{
    /// <summary>The active units in scope, indented by depth so the tree reads in a plain select.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> LoadAsync(OrgUnitService units, int selected, CancellationToken ct) =>
        (await units.GetChoicesAsync(ct))
            .Select(u => new SelectListItem(new string('　', u.Depth) + u.Name, u.Id.ToString(CultureInfo.InvariantCulture), u.Id == selected))
            .ToList();
}
