namespace Relief.Core.Features.Households.Import;

public static class ImportColumns
{
    public static readonly IReadOnlyList<ImportColumn> All = Enum.GetValues<ImportColumn>();

    public static readonly IReadOnlySet<ImportColumn> Required =
        new HashSet<ImportColumn> { ImportColumn.Name, ImportColumn.IdNumber, ImportColumn.Unit, ImportColumn.Categories };

    public static string ResourceKey(ImportColumn column) => $"Household.Field.{column}";

    /// <summary>The header as the template writes it (Chinese).</summary>
    public static string Header(ImportColumn column) => ResourceText.Chinese(ResourceKey(column));

    /// <summary>Which column a header names, in Chinese or English; a trailing * (required mark) and spaces are ignored.</summary>
    public static ImportColumn? Match(string header)
    {
        var typed = header.Trim().TrimEnd('*', '＊').Trim();
        foreach (var column in All)
        {
            if (ResourceText.BothLanguages(ResourceKey(column)).Any(label => string.Equals(label, typed, StringComparison.OrdinalIgnoreCase)))
                return column;
        }
        return null;
    }
}
