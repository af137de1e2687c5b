using static Relief.Pdf.FontHandling.HarfBuzzSubsetNative;

namespace Relief.Pdf.FontHandling;

/// <summary>
/// Cuts a font down to the characters one document uses. Skia's PDF backend embeds whatever font file it is
/// given, whole; and from a whole CJK font its ToUnicode map may send 金 to the radical ⾦, because both code
/// points share one glyph. A subset holding only the used code points fixes both the size and the text.
/// </summary>
internal static unsafe class FontSubsetter
{
    // The PDF needs outlines, metrics and cmap only; layout tables are large in CJK fonts and we do not shape.
    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx", "VORG", "DSIG"];

    public static byte[] Subset(byte[] font, IEnumerable<int> codePoints)
    {
        fixed (byte* fontData = font)
        {
            var blob = BlobCreate(fontData, (uint)font.Length, MemoryModeReadOnly, 0, 0);
            var face = FaceCreate(blob, 0);
            var input = SubsetInputCreate();
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

                var dropTables = SubsetInputSet(input, SetDropTableTags);
                foreach (var tag in DroppedTables)
                {
                    SetAdd(dropTables, TableTag(tag));
                }

                SubsetInputSetFlags(input, FlagNoHinting | FlagNoLayoutClosure);
                return RunSubset(face, input);
            }
            finally
            {
                if (input != 0)
                {
                    SubsetInputDestroy(input);
                }

                FaceDestroy(face);
                BlobDestroy(blob);
            }
        }
    }

    private static byte[] RunSubset(nint face, nint input)
    {
        var subsetFace = SubsetOrFail(face, input);
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
