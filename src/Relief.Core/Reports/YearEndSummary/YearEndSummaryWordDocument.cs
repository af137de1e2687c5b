using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary.Photos;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// The year-end summary as a Word document in the 公文 layout of GB/T 9704-2012, for the office to edit and forward:
/// A4, top margin 37 mm, left 28 mm, a text block of 156 × 225 mm set as 22 lines of 28 characters; the title in
/// 2号 方正小标宋简体, the body in 3号 仿宋_GB2312, first-level headings in 3号 黑体, second-level in 3号 楷体_GB2312;
/// page numbers "— 1 —" in 4号 宋体 on the outside edge. Fonts are named, not embedded (the office's computers have
/// them). The appendix tables are real Word tables with the PDF's figures.
/// </summary>
public sealed class YearEndSummaryWordDocument(string title, string narrative, string unitName, ReportByline byline, IReadOnlyList<AppendixTable> tables, ReportFormat format)
{
    private const string TitleFont = "方正小标宋简体";
    private const string BodyFont = "仿宋_GB2312";
    private const string FirstLevelFont = "黑体";
    private const string SecondLevelFont = "楷体_GB2312";
    private const string PageNumberFont = "宋体";

    // Sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt; tables 小四 12 pt.
    private const string TitleSize = "44";
    private const string BodySize = "32";
    private const string PageNumberSize = "28";
    private const string TableSize = "24";

    // 225 mm over 22 lines: 28.95 pt, in twentieths of a point.
    private const int LinePitch = 579;

    // 走访剪影: two photos to a row in the 156 mm text block, 4:3, in EMU (1 mm = 36,000 EMU).
    private const long PhotoWidth = 74 * 36_000L;
    private const long PhotoHeight = PhotoWidth * PrintedPhoto.PixelHeight / PrintedPhoto.PixelWidth;

    // Millimetres in twentieths of a point (1 mm = 56.69 twips).
    private static uint Twips(double millimetres) => (uint)Math.Round(millimetres * 1440 / 25.4);

    /// <summary>The chosen visit photos (走访剪影), on a page of their own after the text; none, no page.</summary>
    public IReadOnlyList<PrintedPhoto> Photos { get; init; } = [];

    public string PhotosTitle { get; init; } = "";

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var settings = main.AddNewPart<DocumentSettingsPart>();
            // Odd and even pages carry their page number on the outside edge.
            settings.Settings = new Settings(new EvenAndOddHeaders());
            var odd = Footer(main, JustificationValues.Right);
            var even = Footer(main, JustificationValues.Left);

            var body = new Body();
            body.Append(Line(title, TitleFont, TitleSize, JustificationValues.Center, firstLineIndent: false, bold: false));
            // 撰写人 and date under the title, as the union's own summaries carry them, in 楷体 to set them off from the text.
            body.Append(Line(byline.Line, SecondLevelFont, BodySize, JustificationValues.Center, firstLineIndent: false, bold: false));
            body.Append(Line("", BodyFont, BodySize, JustificationValues.Left, firstLineIndent: false, bold: false));
            foreach (var paragraph in NarrativeTemplate.Paragraphs(narrative)) body.Append(NarrativeParagraph(paragraph));
            body.Append(Line("", BodyFont, BodySize, JustificationValues.Left, firstLineIndent: false, bold: false));
            // 落款: the union and the date, right-aligned four characters in, kept with the text above.
            body.Append(Signature(unitName));
            body.Append(Signature(byline.SignatureDate));
            if (Photos.Count > 0)
            {
                var heading = Line(PhotosTitle, FirstLevelFont, BodySize, JustificationValues.Center, firstLineIndent: false, bold: false, keepNext: true);
                heading.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
                body.Append(heading);
                body.Append(PhotoTable(main));
            }
            foreach (var table in tables)
            {
                body.Append(Line(table.Title, FirstLevelFont, BodySize, JustificationValues.Left, firstLineIndent: false, bold: false, keepNext: true));
                body.Append(Table(table));
            }
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(odd) },
                new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(even) },
                new PageSize { Width = Twips(210), Height = Twips(297) },
                new PageMargin { Top = (int)Twips(37), Bottom = (int)Twips(35), Left = Twips(28), Right = Twips(26), Header = Twips(15), Footer = Twips(22), Gutter = 0 },
                new DocGrid { Type = DocGridValues.Lines, LinePitch = LinePitch }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private Paragraph NarrativeParagraph(string text)
    {
        var level = NarrativeLayout.LevelOf(text);
        if (!format.IsChinese && level == 3) level = 1;
        return level switch
        {
            1 => Line(text, FirstLevelFont, BodySize, JustificationValues.Both, firstLineIndent: true, bold: false, keepNext: true),
            2 => Line(text, SecondLevelFont, BodySize, JustificationValues.Both, firstLineIndent: true, bold: false, keepNext: true),
            3 => Line(text, BodyFont, BodySize, JustificationValues.Both, firstLineIndent: true, bold: true, keepNext: true),
            _ => BodyParagraph(text),
        };
    }

    /// <summary>Body text; "一是…" keeps its lead phrase in bold, as in the PDF.</summary>
    private static Paragraph BodyParagraph(string text)
    {
        var lead = NarrativeLayout.LeadPhrase(text);
        var paragraph = new Paragraph(Properties(JustificationValues.Both, firstLineIndent: true, keepNext: false));
        if (lead.Length > 0) paragraph.Append(Run(lead, BodyFont, BodySize, bold: true));
        paragraph.Append(Run(text[lead.Length..], BodyFont, BodySize, bold: false));
        return paragraph;
    }

    private static Paragraph Signature(string text)
    {
        var properties = Properties(JustificationValues.Right, firstLineIndent: false, keepNext: true);
        properties.Indentation = new Indentation { Right = "1280", RightChars = 400 };
        return new Paragraph(properties, Run(text, BodyFont, BodySize, bold: false));
    }

    private static Paragraph Line(string text, string font, string size, JustificationValues alignment, bool firstLineIndent, bool bold, bool keepNext = false) =>
        new(Properties(alignment, firstLineIndent, keepNext), Run(text, font, size, bold));

    private static ParagraphProperties Properties(JustificationValues alignment, bool firstLineIndent, bool keepNext)
    {
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = LinePitch.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact },
            Justification = new Justification { Val = alignment },
        };
        if (keepNext) properties.KeepNext = new KeepNext();
        if (firstLineIndent) properties.Indentation = new Indentation { FirstLine = "640", FirstLineChars = 200 };
        return properties;
    }

    private static Run Run(string text, string font, string size, bool bold)
    {
        var properties = new RunProperties
        {
            RunFonts = new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font },
            FontSize = new FontSize { Val = size },
            FontSizeComplexScript = new FontSizeComplexScript { Val = size },
        };
        if (bold) properties.Bold = new Bold();
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>"— 1 —" in 4号 宋体, one character in from the outside edge.</summary>
    private static FooterPart Footer(MainDocumentPart main, JustificationValues side)
    {
        var part = main.AddNewPart<FooterPart>();
        var properties = new ParagraphProperties { Justification = new Justification { Val = side } };
        properties.Indentation = side == JustificationValues.Right ? new Indentation { Right = "280" } : new Indentation { Left = "280" };
        var field = new SimpleField(Run("1", PageNumberFont, PageNumberSize, bold: false)) { Instruction = " PAGE " };
        part.Footer = new Footer(new Paragraph(properties, Run("— ", PageNumberFont, PageNumberSize, bold: false), field, Run(" —", PageNumberFont, PageNumberSize, bold: false)));
        part.Footer.Save();
        return part;
    }

    /// <summary>A borderless two-column table: each cell the photo, its caption, and the unit and day in smaller type.</summary>
    private Table PhotoTable(MainDocumentPart main)
    {
        var cellWidth = (Twips(156) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(new GridColumn { Width = cellWidth }, new GridColumn { Width = cellWidth }));
        var number = 0U;
        foreach (var pair in Photos.Chunk(2))
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            foreach (var photo in pair)
            {
                var image = main.AddImagePart(ImagePartType.Jpeg);
                using (var bytes = new MemoryStream(photo.Jpeg)) image.FeedData(bytes);
                number++;
                row.Append(new TableCell(
                    new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = cellWidth }),
                    new Paragraph(CellProperties(JustificationValues.Center, keepNext: true), new Run(Picture(main.GetIdOfPart(image), number, photo.Caption))),
                    new Paragraph(CellProperties(JustificationValues.Center, keepNext: true), Run(photo.Caption, BodyFont, TableSize, bold: false)),
                    new Paragraph(CellProperties(JustificationValues.Center, keepNext: false), Run($"{photo.UnitName} · {format.Date(photo.TakenOn)}", BodyFont, "20", bold: false))));
            }
            if (pair.Length == 1)
                row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = cellWidth }), new Paragraph()));
            table.Append(row);
        }
        return table;
    }

    /// <summary>Table text ignores the body's fixed line pitch, so a photo's line grows to the photo.</summary>
    private static ParagraphProperties CellProperties(JustificationValues alignment, bool keepNext)
    {
        var properties = Properties(alignment, firstLineIndent: false, keepNext);
        properties.SpacingBetweenLines = new SpacingBetweenLines { Before = "60", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto };
        return properties;
    }

    /// <summary>An inline picture of the photo part, with the caption as its description for screen readers.</summary>
    private static Drawing Picture(string relationshipId, uint number, string description) =>
        new(new Wp.Inline(
            new Wp.Extent { Cx = PhotoWidth, Cy = PhotoHeight },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = number, Name = $"Photo {number}", Description = description },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = number, Name = $"photo{number}.jpg" },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = PhotoWidth, Cy = PhotoHeight }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        });

    private Table Table(AppendixTable source)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        var grid = new TableGrid();
        var width = (int)(Twips(156) / source.Columns.Count);
        foreach (var _ in source.Columns) grid.Append(new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        table.Append(grid);
        table.Append(Row(source.Columns.Select(c => (object?)c).ToList(), header: true, width));
        foreach (var row in source.Rows) table.Append(Row(row, header: false, width));
        return table;
    }

    private TableRow Row(IReadOnlyList<object?> cells, bool header, int width)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        foreach (var cell in cells)
        {
            var isNumber = cell is decimal or int;
            var properties = Properties(isNumber ? JustificationValues.Right : JustificationValues.Left, firstLineIndent: false, keepNext: false);
            properties.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "360", LineRule = LineSpacingRuleValues.Auto };
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                new Paragraph(properties, Run(AppendixTable.Text(cell, format), BodyFont, TableSize, bold: header))));
        }
        return row;
    }
}
