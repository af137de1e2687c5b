using Microsoft.AspNetCore.Mvc.Rendering;
using Relief.Core.Features.Administration;

namespace Relief.Web.Pages.Administration.Users;

public sealed record UserFormModel(UserInput Input, IReadOnlyList<SelectListItem> Units, bool IsNew);
