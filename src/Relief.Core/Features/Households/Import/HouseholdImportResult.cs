namespace Relief.Core.Features.Households.Import;

/// <summary>The outcome of a confirmed import: all rows filed, or none and the problems why.</summary>
public sealed record HouseholdImportResult(ImportPreview Preview, int Imported)
{
    public bool Succeeded => Preview.IsClean && Imported == Preview.Rows.Count;
}
