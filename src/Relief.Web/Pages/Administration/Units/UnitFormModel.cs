using Microsoft.AspNetCore.Mvc.Rendering;
using Relief.Core.Features.Administration;

namespace Relief.Web.Pages.Administration.Units;

/// <summary>What the create and edit forms share: the input and the list of possible parents.</summary>
public sealed record UnitFormModel(OrgUnitInput Input, IReadOnlyList<SelectListItem> Parents, bool CanMove);
