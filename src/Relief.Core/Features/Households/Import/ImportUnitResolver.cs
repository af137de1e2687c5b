using Microsoft.Extensions.Localization;

namespace Relief.Core.Features.Households.Import;

/// <summary>Finds the unit a row names, by code or exact name, among the active units in the user's scope.</summary>
public sealed class ImportUnitResolver(IReadOnlyList<(int Id, string Name, string? Code)> units, IStringLocalizer<CoreMessages> messages)
{
    public bool Resolve(string text, out int unitId, out string problem)
    {
        unitId = 0;
        problem = "";
        var byCode = units.Where(u => u.Code is not null && string.Equals(u.Code, text, StringComparison.OrdinalIgnoreCase)).ToList();
        var matches = byCode.Count > 0 ? byCode : units.Where(u => string.Equals(u.Name, text, StringComparison.Ordinal)).ToList();
        switch (matches.Count)
        {
            case 1:
                unitId = matches[0].Id;
                return true;
            case 0:
                problem = messages["Import.UnknownUnit", text];
                return false;
            default:
                problem = messages["Import.AmbiguousUnit", text];
                return false;
        }
    }

    public string NameOf(int unitId) => units.FirstOrDefault(u => u.Id == unitId).Name ?? "";
}
