namespace Relief.Core.Features.Households.Import;

/// <summary>A row as it would be filed, for the user to check before confirming. The ID number is masked even here.</summary>
public sealed record ImportPreviewRow(
    int Row, string Name, string IdNumberMasked, string UnitName, IReadOnlyList<HouseholdCategory> Categories, HardshipLevel Level);
