namespace Relief.Core.Features.Households.Import;

/// <summary>The columns of the import sheet; each header is the label "Household.Field.{name}" in CoreMessages.</summary>
public enum ImportColumn
{
    Name,
    IdNumber,
    Unit,
    Categories,
    Level,
    HeadKind,
    Workplace,
    Phone,
    Address,
    Region,
    IsRemote,
    FamilySize,
    PerCapitaIncome,
    Causes,
}
