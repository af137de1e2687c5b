using Microsoft.Extensions.Localization;
using Relief.Core.Common.Spreadsheets;

namespace Relief.Core.Features.Households.Import;

/// <summary>
/// Turns one sheet row into a <see cref="HouseholdInput"/>, noting every cell it cannot read. The form's validator
/// then checks the input, so an imported file obeys exactly the rules of a typed one.
/// </summary>
public sealed class ImportRowReader(
    IReadOnlyDictionary<ImportColumn, int> columnsByField,
    ImportUnitResolver units,
    IStringLocalizer<CoreMessages> messages,
    DateOnly today)
{
    public (HouseholdInput Input, List<(ImportColumn Column, string Message)> Problems) Read(XlsxRow row)
    {
        var problems = new List<(ImportColumn, string)>();
        var input = new HouseholdInput
        {
            Name = Cell(row, ImportColumn.Name).Text ?? "",
            IdNumber = ReadIdNumber(Cell(row, ImportColumn.IdNumber), problems),
            Workplace = Cell(row, ImportColumn.Workplace).Text,
            Phone = Cell(row, ImportColumn.Phone).Text,
            Address = Cell(row, ImportColumn.Address).Text,
            Region = Cell(row, ImportColumn.Region).Text,
            Causes = Cell(row, ImportColumn.Causes).Text,
        };

        var unit = Cell(row, ImportColumn.Unit);
        if (unit.IsBlank) problems.Add((ImportColumn.Unit, messages["Import.Required"]));
        else if (units.Resolve(unit.Text!, out var unitId, out var unitProblem)) input.OrgUnitId = unitId;
        else problems.Add((ImportColumn.Unit, unitProblem));

        var categories = Cell(row, ImportColumn.Categories);
        foreach (var token in categories.IsBlank ? [] : ImportValues.SplitList(categories.Text!))
        {
            if (ImportValues.Category(token) is { } category) input.Categories.Add(category);
            else problems.Add((ImportColumn.Categories, messages["Import.UnknownCategory", token]));
        }
        input.Categories = input.Categories.Distinct().ToList();

        var level = Cell(row, ImportColumn.Level);
        if (level.IsBlank) input.Level = input.Categories.Contains(HouseholdCategory.ExtremeHardshipEmployee) ? HardshipLevel.Extreme : HardshipLevel.General;
        else if (ImportValues.Enum<HardshipLevel>(level.Text!) is { } parsedLevel) input.Level = parsedLevel;
        else problems.Add((ImportColumn.Level, messages["Import.UnknownValue", level.Text!]));

        var headKind = Cell(row, ImportColumn.HeadKind);
        if (!headKind.IsBlank)
        {
            if (ImportValues.Enum<HeadOfHouseholdKind>(headKind.Text!) is { } kind) input.HeadKind = kind;
            else problems.Add((ImportColumn.HeadKind, messages["Import.UnknownValue", headKind.Text!]));
        }

        var remote = Cell(row, ImportColumn.IsRemote);
        if (!remote.IsBlank)
        {
            if (ImportValues.YesNo(remote.Text!) is { } isRemote) input.IsRemote = isRemote;
            else problems.Add((ImportColumn.IsRemote, messages["Import.UnknownValue", remote.Text!]));
        }

        var familySize = Cell(row, ImportColumn.FamilySize);
        if (!familySize.IsBlank)
        {
            if (ImportValues.WholeNumber(familySize.Text!) is { } size) input.FamilySize = size;
            else problems.Add((ImportColumn.FamilySize, messages["Import.NotANumber", familySize.Text!]));
        }

        var income = Cell(row, ImportColumn.PerCapitaIncome);
        if (!income.IsBlank)
        {
            if (ImportValues.Money(income.Text!) is { } amount) input.PerCapitaIncome = amount;
            else problems.Add((ImportColumn.PerCapitaIncome, messages["Import.NotANumber", income.Text!]));
        }
        return (input, problems);
    }

    /// <summary>
    /// An ID number Excel stored as a number has lost its last digits (it keeps 15 significant ones) and maybe its
    /// X: it is refused whatever it now looks like, and the user is told to format the column as text.
    /// </summary>
    private string? ReadIdNumber(ImportCell cell, List<(ImportColumn, string)> problems)
    {
        if (cell.IsBlank)
        {
            problems.Add((ImportColumn.IdNumber, messages["Import.Required"]));
            return null;
        }
        if (cell.WasNumber)
        {
            problems.Add((ImportColumn.IdNumber, messages["Import.IdNumberTypedAsNumber", cell.Text!]));
            return null;
        }
        var problem = IdNumberCheck.Check(cell.Text, today);
        if (problem == IdNumberProblem.None) return ResidentIdNumber.Normalize(cell.Text!);
        problems.Add((ImportColumn.IdNumber, messages.IdNumberMessage(problem, cell.Text)));
        return null;
    }

    private ImportCell Cell(XlsxRow row, ImportColumn column) =>
        columnsByField.TryGetValue(column, out var sheetColumn) ? ImportCell.From(row[sheetColumn]) : default;
}
