using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace Relief.Pdf.FontHandling;

/// <summary>
/// One loaded font file: its bytes, a full typeface for measuring, a HarfBuzz face for subsetting,
/// cached glyph ids and advances, and the metrics a PDF font descriptor needs. Shared by all documents and
/// threads for the life of the process (like the font library that loads it), so measurement goes through
/// a lock and a concurrent cache.
/// </summary>
internal sealed unsafe class FontFace
{
    // Skia measures at this size; with linear metrics and no hinting advances scale exactly. It is also the
    // size of PDF glyph space, so metrics measured at it are the numbers a font descriptor wants.
    private const float MeasureSize = 1000f;

    private static readonly FaceGlyph NotCovered = new(0, -1f);

    private readonly SKFont _measureFont;
    private readonly Lock _measureLock = new();
    private readonly ConcurrentDictionary<int, FaceGlyph> _glyphs = new();

    // What keeps the font file's memory, which Skia and HarfBuzz read in place, alive: the assembly whose
    // image holds a bundled font, or the pinned array a font file was read into.
    private readonly object _owner;

    private FontFace(string name, nint address, int length, object owner)
    {
        Name = name;
        _owner = owner;

        // Skia and HarfBuzz read the font file in place instead of each keeping a copy of a 10 MB file.
        using var skData = SKData.Create(address, length);
        Typeface = SKTypeface.FromData(skData)
            ?? throw new InvalidOperationException($"Font '{name}' could not be read.");
        SubsetFace = FontSubsetter.CreateFace(address, length);
        _measureFont = FontSettings.CreateFont(Typeface, MeasureSize);
        var metrics = _measureFont.Metrics;
        AscentPerEm = -metrics.Ascent / MeasureSize;
        DescentPerEm = metrics.Descent / MeasureSize;
        PostScriptName = PdfSafeName(Typeface.PostScriptName, name);
        BoundingBox = [metrics.XMin, -metrics.Bottom, metrics.XMax, -metrics.Top];
        CapHeight = metrics.CapHeight > 0 ? metrics.CapHeight : -metrics.Ascent;
    }

    public string Name { get; }


    /// <summary>
    /// This font as a HarfBuzz face, for subsetting. It is shared by every document: the face loads the tables
    /// of a 10 MB CJK font once (about 20 ms, paid by the first subset), after which a subset takes well under
    /// a millisecond.
    /// </summary>
    public nint SubsetFace { get; }

    public SKTypeface Typeface { get; }

    /// <summary>Distance from baseline to the top of the line box, per point of font size.</summary>
    public float AscentPerEm { get; }

    /// <summary>Distance from baseline to the bottom of the line box, per point of font size.</summary>
    public float DescentPerEm { get; }

    /// <summary>The font's PostScript name, reduced to characters a PDF name may hold.</summary>
    public string PostScriptName { get; }

    /// <summary>The font's bounding box in PDF glyph space (thousandths of an em): left, bottom, right, top.</summary>
    public float[] BoundingBox { get; }

    /// <summary>The height of capital letters in PDF glyph space.</summary>
    public float CapHeight { get; }

    /// <summary>
    /// A font bundled in this assembly, read where the loaded assembly image holds it: nothing is copied, and only
    /// the parts of the file that are used (a few tables, the drawn glyphs) are ever paged in.
    /// </summary>
    public static FontFace LoadBundled(string name, UnmanagedMemoryStream resource) =>
        new(name, (nint)resource.PositionPointer, checked((int)(resource.Length - resource.Position)), typeof(FontFace).Assembly);

    /// <summary>A font file, read into an array that stays pinned for the life of the face.</summary>
    public static FontFace Load(string name, Stream stream)
    {
        var data = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length), pinned: true);
        stream.ReadExactly(data);
        var address = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(data));
        return new FontFace(name, address, data.Length, data);
    }

    /// <summary>
    /// The glyph of <paramref name="codePoint"/> in this font file and its advance per point of font size,
    /// or false if the font lacks it.
    /// </summary>
    public bool TryGetGlyph(int codePoint, out ushort glyphId, out float advancePerEm)
    {
        if (!_glyphs.TryGetValue(codePoint, out var glyph))
        {
            glyph = MeasureUncached(codePoint);
            _glyphs.TryAdd(codePoint, glyph);
        }

        glyphId = glyph.GlyphId;
        advancePerEm = glyph.AdvancePerEm;
        return glyph.GlyphId != 0;
    }

    private FaceGlyph MeasureUncached(int codePoint)
    {
        lock (_measureLock)
        {
            var glyph = _measureFont.GetGlyph(codePoint);
            if (glyph == 0)
            {
                return NotCovered;
            }

            ReadOnlySpan<ushort> glyphs = [glyph];
            return new FaceGlyph(glyph, _measureFont.MeasureText(glyphs) / MeasureSize);
        }
    }

    private static string PdfSafeName(string? postScriptName, string fileName)
    {
        var source = string.IsNullOrWhiteSpace(postScriptName) ? Path.GetFileNameWithoutExtension(fileName) : postScriptName;
        var safe = new string([.. source.Where(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_' or '.')]);
        return safe.Length == 0 ? "Font" : safe;
    }

    private readonly record struct FaceGlyph(ushort GlyphId, float AdvancePerEm);
}
