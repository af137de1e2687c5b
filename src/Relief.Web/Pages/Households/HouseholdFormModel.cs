using Relief.Core.Features.Households;

namespace Relief.Web.Pages.Households;

/// <summary>What the shared create/edit form partial needs besides the input itself.</summary>
public sealed record HouseholdFormModel(
    HouseholdInput Input,
    IReadOnlyList<(int Id, string Name, int Depth)> Units,
    IReadOnlyList<string> Regions,
    int? HouseholdId,
    string? MaskedIdNumber);
