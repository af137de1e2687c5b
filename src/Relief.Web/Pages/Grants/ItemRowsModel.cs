using Relief.Core.Features.Grants;

namespace Relief.Web.Pages.Grants;

/// <summary>The item rows partial: the rows, the field prefix ("Input.Items"), and the page whose add/remove handlers it calls.</summary>
public sealed record ItemRowsModel(IReadOnlyList<GrantItemInput> Items, string Prefix, string Page, int? RouteId, string Help);
