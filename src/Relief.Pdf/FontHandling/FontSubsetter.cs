using static Relief.Pdf.FontHandling.HarfBuzzSubsetNative;

namespace Relief.Pdf.FontHandling;

/// <summary>
/// Cuts a font down to the characters and glyphs one document uses (a 10 MB CJK font becomes a few KB) and
/// reports where each kept glyph went, so that content written with the full font's glyph ids can be mapped
/// onto the subset (the PDF font's CIDToGIDMap).
/// </summary>
internal static unsafe class FontSubsetter
{
    // The PDF needs outlines, metrics and cmap only; layout tables are large in CJK fonts and we do not shape.
    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx", "VORG", "DSIG"];

    /// <summary>
    /// The subset font file, and for each glyph id of <paramref name="glyphIds"/> its id in the subset
    /// (<c>NewGlyphIds[i]</c> belongs to <c>glyphIds[i]</c>).
    /// </summary>
    public static SubsetFont Subset(FontFace font, IReadOnlyList<int> codePoints, IReadOnlyList<ushort> glyphIds)
    {
        var face = font.SubsetFace;
        var input = SubsetInputCreate();
        nint plan = 0;
        try
        {
            if (input == 0)
            {
                throw new InvalidOperationException("HarfBuzz could not create a subset input.");
            }

            var unicodes = SubsetInputUnicodeSet(input);
            foreach (var codePoint in codePoints)
            {
                SetAdd(unicodes, (uint)codePoint);
            }

            var glyphs = SubsetInputSet(input, SetGlyphIndex);
            foreach (var glyphId in glyphIds)
            {
                SetAdd(glyphs, glyphId);
            }

            var dropTables = SubsetInputSet(input, SetDropTableTags);
            foreach (var tag in DroppedTables)
            {
                SetAdd(dropTables, TableTag(tag));
            }

            SubsetInputSetFlags(input, FlagNoHinting | FlagNoLayoutClosure);
            plan = SubsetPlanCreate(face, input);
            if (plan == 0)
            {
                throw new InvalidOperationException("HarfBuzz could not plan the font subset.");
            }

            var oldToNew = SubsetPlanOldToNewGlyphMapping(plan);
            var newGlyphIds = new ushort[glyphIds.Count];
            for (var index = 0; index < newGlyphIds.Length; index++)
            {
                var mapped = MapGet(oldToNew, glyphIds[index]);
                newGlyphIds[index] = mapped <= ushort.MaxValue
                    ? (ushort)mapped
                    : throw new InvalidOperationException($"Glyph {glyphIds[index]} was left out of the font subset.");
            }

            return new SubsetFont(Execute(plan), newGlyphIds);
        }
        finally
        {
            if (plan != 0)
            {
                SubsetPlanDestroy(plan);
            }

            if (input != 0)
            {
                SubsetInputDestroy(input);
            }
        }
    }

    /// <summary>
    /// A HarfBuzz face over a font file that stays in place for the life of the process. HarfBuzz faces may be
    /// shared between threads. It is never destroyed: like the font it belongs to, it lives as long as the process.
    /// </summary>
    public static nint CreateFace(nint fontData, int length)
    {
        var blob = BlobCreate((byte*)fontData, (uint)length, MemoryModeReadOnly, 0, 0);
        var face = FaceCreate(blob, 0);
        BlobDestroy(blob);
        return face;
    }

    private static byte[] Execute(nint plan)
    {
        var subsetFace = SubsetPlanExecute(plan);
        if (subsetFace == 0)
        {
            throw new InvalidOperationException("HarfBuzz could not subset the font.");
        }

        var subsetBlob = FaceReferenceBlob(subsetFace);
        try
        {
            var data = BlobGetData(subsetBlob, out var length);
            return new ReadOnlySpan<byte>(data, checked((int)length)).ToArray();
        }
        finally
        {
            BlobDestroy(subsetBlob);
            FaceDestroy(subsetFace);
        }
    }

    private static uint TableTag(string tag) =>
        ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];
}

/// <summary>A subset font file and the new ids of the glyphs asked for, in the order they were asked for.</summary>
internal sealed record SubsetFont(byte[] Data, ushort[] NewGlyphIds);
