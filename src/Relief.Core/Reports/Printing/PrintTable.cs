using Relief.Pdf;

namespace Relief.Core.Reports.Printing;

/// <summary>The cells of the printouts' ruled tables: black on white, thin grey rules, a light header, as forms are printed.</summary>
internal static class PrintTable
{
    public const string Ink = "#111111";
    public const string Muted = "#444444";
    public const string Rule = "#555555";
    public const string HeaderFill = "#ededed";

    public static void Header(TableDescriptor table, float fontSize, params (string Text, bool AlignRight)[] columns) => table.Header(header =>
    {
        foreach (var (text, alignRight) in columns)
        {
            var label = header.Cell().Background(HeaderFill).Border(0.6f, Rule).Padding(5, 4).Text(text).Bold().FontSize(fontSize);
            if (alignRight) label.AlignRight();
            else label.AlignCenter();
        }
    });

    public static Container Cell(TableDescriptor table, int columnSpan = 1) => table.Cell(columnSpan).Border(0.6f, Rule);

    public static Container FooterCell(TableSectionDescriptor footer, int columnSpan = 1) =>
        footer.Cell(columnSpan).Background(HeaderFill).Border(0.6f, Rule);
}
