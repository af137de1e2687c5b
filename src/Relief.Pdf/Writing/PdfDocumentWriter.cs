using System.IO.Compression;
using Relief.Pdf.FontHandling;

namespace Relief.Pdf.Writing;

/// <summary>
/// Writes a PDF straight to the output stream: content streams as soon as they are drawn, then at the end
/// the page objects, the shared resources with the subset fonts, the catalogue, the document information
/// and the cross-reference table. Not thread-safe: one instance per rendering.
/// </summary>
internal sealed class PdfDocumentWriter : IDisposable
{
    private const string Producer = "Relief";

    private readonly PdfFile _file;
    private readonly DocumentFonts _fonts;
    private readonly PdfResources _resources;
    private readonly PdfPageCanvas _canvas;
    private readonly List<(PageSize Size, int[] Contents)> _pages = [];
    private readonly int _pageTree;
    private readonly int _resourcesNumber;

    public PdfDocumentWriter(Stream output, DocumentFonts fonts)
    {
        _file = new PdfFile(output);
        _fonts = fonts;
        _resources = new PdfResources(_file);
        _canvas = new PdfPageCanvas(fonts, _resources);
        _pageTree = _file.Reserve();
        _resourcesNumber = _file.Reserve();
    }

    /// <summary>Starts a content stream for a page of the given size; draw into the returned canvas.</summary>
    public PdfPageCanvas BeginStream(PageSize size)
    {
        _canvas.Begin(size.Height);
        return _canvas;
    }

    /// <summary>Writes the stream drawn since <see cref="BeginStream"/>; returns its object number, or 0 if nothing was drawn.</summary>
    public int EndStream()
    {
        if (_canvas.IsEmpty)
        {
            return 0;
        }

        _canvas.Finish();
        var number = _file.Reserve();
        _file.WriteStream(number, _canvas.Graphics, _canvas.Texts, CompressionLevel.Fastest);
        return number;
    }

    /// <summary>Adds a page showing the given content streams (0 entries are skipped) in order.</summary>
    public void AddPage(PageSize size, params int[] contents) =>
        _pages.Add((size, [.. contents.Where(number => number != 0)]));

    public void Close(DocumentMetadata metadata)
    {
        var fonts = new List<(int FaceIndex, int Number)>();
        for (var faceIndex = 0; faceIndex < _fonts.FaceCount; faceIndex++)
        {
            var usage = _fonts.Usage(faceIndex);
            if (usage.IsUsed)
            {
                fonts.Add((faceIndex, PdfFonts.Write(_file, usage)));
            }
        }

        _resources.Write(_resourcesNumber, fonts);

        var pageNumbers = new int[_pages.Count];
        for (var index = 0; index < _pages.Count; index++)
        {
            var (size, contents) = _pages[index];
            pageNumbers[index] = _file.Reserve();
            var buffer = _file.BeginObject(pageNumbers[index]).Raw("<</Type /Page /Parent "u8).Integer(_pageTree)
                .Raw(" 0 R /MediaBox [0 0 "u8).Number(size.Width).Byte((byte)' ').Number(size.Height)
                .Raw("] /Resources "u8).Integer(_resourcesNumber).Raw(" 0 R /Contents ["u8);
            foreach (var content in contents)
            {
                buffer.Integer(content).Raw(" 0 R "u8);
            }

            buffer.Raw("]>>"u8);
            _file.EndObject();
        }

        var tree = _file.BeginObject(_pageTree).Raw("<</Type /Pages /Count "u8).Integer(_pages.Count).Raw(" /Kids ["u8);
        foreach (var page in pageNumbers)
        {
            tree.Integer(page).Raw(" 0 R "u8);
        }

        tree.Raw("]>>"u8);
        _file.EndObject();

        var catalog = _file.Reserve();
        _file.BeginObject(catalog).Raw("<</Type /Catalog /Pages "u8).Integer(_pageTree).Raw(" 0 R>>"u8);
        _file.EndObject();

        var info = _file.Reserve();
        WriteInformation(info, metadata);
        _file.Finish(catalog, info);
    }

    public void Dispose() => _file.Dispose();

    private void WriteInformation(int number, DocumentMetadata metadata)
    {
        var created = metadata.CreationDate ?? DateTimeOffset.Now;
        var buffer = _file.BeginObject(number).Raw("<<"u8);
        AddText(buffer, "Title", metadata.Title);
        AddText(buffer, "Author", metadata.Author);
        AddText(buffer, "Subject", metadata.Subject);
        AddText(buffer, "Keywords", metadata.Keywords);
        AddText(buffer, "Creator", Producer);
        AddText(buffer, "Producer", Producer);
        buffer.Raw("/CreationDate "u8).Date(created).Raw("\n/ModDate "u8).Date(created).Raw(">>"u8);
        _file.EndObject();
    }

    private static void AddText(PdfBuffer buffer, string key, string? value)
    {
        if (value is not null)
        {
            buffer.Byte((byte)'/').Ascii(key).Byte((byte)' ').String(value).Byte((byte)'\n');
        }
    }
}
