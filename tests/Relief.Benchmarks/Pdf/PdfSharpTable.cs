using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Relief.Benchmarks.Pdf;

/// <summary>
/// The peer: PDFsharp drawing the same table pages (same rows per page, columns, borders, header on every
/// page, footer numbers) with the same font. PDFsharp has no layout engine, so rows per page and row height
/// are given to it rather than computed, which favours it slightly.
/// </summary>
internal static class PdfSharpTable
{
    private const double Margin = 15 * 72 / 25.4;
    private const double RowHeight = 19.5;
    private const double HeaderTitleHeight = 26;
    private static readonly Lock ResolverLock = new();

    public static int Render(int rowCount, int rowsPerPage, Stream output)
    {
        EnsureFontResolver();
        var pageCount = (rowCount + rowsPerPage - 1) / rowsPerPage;
        using var document = new PdfDocument();
        document.Info.Title = "困难职工名册";
        var regular = new XFont(BundledFontResolver.FamilyName, 9, XFontStyleEx.Regular);
        var bold = new XFont(BundledFontResolver.FamilyName, 9, XFontStyleEx.Bold);
        var title = new XFont(BundledFontResolver.FamilyName, 14, XFontStyleEx.Bold);
        var pen = new XPen(XColors.Black, 0.5);
        var headerFill = new XSolidBrush(XColor.FromArgb(0xEE, 0xF1, 0xF5));
        for (var pageIndex = 0; pageIndex < pageCount; pageIndex++)
        {
            var page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            using var graphics = XGraphics.FromPdfPage(page);
            var width = page.Width.Point - (2 * Margin);
            var columns = ColumnEdges(width);
            graphics.DrawString("困难职工名册", title, XBrushes.Black, new XRect(Margin, Margin, width, HeaderTitleHeight), XStringFormats.TopCenter);
            var top = Margin + HeaderTitleHeight;
            DrawRow(graphics, columns, top, BenchmarkDocuments.TableHeadings, bold, pen, headerFill);
            top += RowHeight;
            var firstRow = (pageIndex * rowsPerPage) + 1;
            for (var row = firstRow; row < firstRow + rowsPerPage && row <= rowCount; row++)
            {
                var (number, name, unit, reason, amount) = BenchmarkDocuments.Row(row);
                DrawRow(graphics, columns, top, [number, name, unit, reason, amount], regular, pen, null);
                top += RowHeight;
            }

            var footer = $"第 {pageIndex + 1} 页 / 共 {pageCount} 页";
            graphics.DrawString(footer, regular, XBrushes.Black,
                new XRect(Margin, page.Height.Point - Margin - 14, width, 14), XStringFormats.TopCenter);
        }

        document.Save(output, closeStream: false);
        return pageCount;
    }

    private static void DrawRow(XGraphics graphics, double[] edges, double top, string[] cells, XFont font, XPen pen, XBrush? fill)
    {
        for (var column = 0; column < cells.Length; column++)
        {
            var cell = new XRect(edges[column], top, edges[column + 1] - edges[column], RowHeight);
            if (fill is not null)
            {
                graphics.DrawRectangle(fill, cell);
            }

            graphics.DrawRectangle(pen, cell);
            var inner = new XRect(cell.X + 4, cell.Y + 3, cell.Width - 8, cell.Height - 6);
            var format = column == cells.Length - 1 && fill is null ? XStringFormats.TopRight : XStringFormats.TopLeft;
            graphics.DrawString(cells[column], font, XBrushes.Black, inner, format);
        }
    }

    private static double[] ColumnEdges(double width)
    {
        var weights = BenchmarkDocuments.TableColumnWeights;
        var total = weights.Sum();
        var edges = new double[weights.Length + 1];
        edges[0] = Margin;
        for (var column = 0; column < weights.Length; column++)
        {
            edges[column + 1] = edges[column] + (width * weights[column] / total);
        }

        return edges;
    }

    private static void EnsureFontResolver()
    {
        lock (ResolverLock)
        {
            if (GlobalFontSettings.FontResolver is not BundledFontResolver)
            {
                GlobalFontSettings.FontResolver = new BundledFontResolver();
            }
        }
    }
}
