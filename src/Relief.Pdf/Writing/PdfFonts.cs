using System.IO.Compression;
using Relief.Pdf.FontHandling;

namespace Relief.Pdf.Writing;

/// <summary>
/// Embeds one face as a PDF composite font: a Type0 font with Identity-H encoding over a CIDFontType2
/// whose CIDs are the glyph ids of the full font file (what the content streams show), mapped onto the
/// HarfBuzz subset by a CIDToGIDMap. Widths come from the advances layout measured, and a ToUnicode map
/// from each glyph to the character the document used, so copied and searched text equals the input.
/// </summary>
internal static class PdfFonts
{
    // Almost every CJK glyph is one em wide; only the others are listed in /W.
    private const int DefaultWidth = 1000;
    private const int ToUnicodeBlock = 100;

    /// <summary>Writes the font objects and returns the number of the Type0 font.</summary>
    public static int Write(PdfFile file, FaceUsage usage)
    {
        var face = usage.Face;
        var glyphIds = usage.Glyphs.Keys.Order().ToArray();
        var subset = FontSubsetter.Subset(face, usage.CodePoints, glyphIds);
        var baseFont = SubsetTag(glyphIds) + "+" + face.PostScriptName;

        var fontFile = file.Reserve();
        file.WriteStream(fontFile, subset.Data, CompressionLevel.Optimal, length1: true);

        var descriptor = file.Reserve();
        var box = face.BoundingBox;
        file.BeginObject(descriptor).Raw("<</Type /FontDescriptor /FontName /"u8).Ascii(baseFont)
            .Raw(" /Flags 4 /FontBBox ["u8).Number(box[0]).Byte((byte)' ').Number(box[1]).Byte((byte)' ')
            .Number(box[2]).Byte((byte)' ').Number(box[3])
            .Raw("] /ItalicAngle 0 /Ascent "u8).Number(face.AscentPerEm * 1000)
            .Raw(" /Descent "u8).Number(-face.DescentPerEm * 1000)
            .Raw(" /CapHeight "u8).Number(face.CapHeight)
            .Raw(" /StemV 0 /FontFile2 "u8).Integer(fontFile).Raw(" 0 R>>"u8);
        file.EndObject();

        var cidToGid = file.Reserve();
        file.WriteStream(cidToGid, CidToGidMap(glyphIds, subset.NewGlyphIds), CompressionLevel.Optimal);

        var cidFont = file.Reserve();
        var buffer = file.BeginObject(cidFont).Raw("<</Type /Font /Subtype /CIDFontType2 /BaseFont /"u8).Ascii(baseFont)
            .Raw(" /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor "u8)
            .Integer(descriptor).Raw(" 0 R /CIDToGIDMap "u8).Integer(cidToGid).Raw(" 0 R /DW "u8).Integer(DefaultWidth)
            .Raw("\n/W ["u8);
        Widths(buffer, usage, glyphIds);
        buffer.Raw("]>>"u8);
        file.EndObject();

        var toUnicode = file.Reserve();
        file.WriteStream(toUnicode, ToUnicode(usage, glyphIds).Span, CompressionLevel.Optimal);

        var type0 = file.Reserve();
        file.BeginObject(type0).Raw("<</Type /Font /Subtype /Type0 /BaseFont /"u8).Ascii(baseFont)
            .Raw(" /Encoding /Identity-H /DescendantFonts ["u8).Integer(cidFont).Raw(" 0 R] /ToUnicode "u8)
            .Integer(toUnicode).Raw(" 0 R>>"u8);
        file.EndObject();
        return type0;
    }

    /// <summary>Two bytes per CID (the full font's glyph id): the glyph's id in the subset.</summary>
    private static byte[] CidToGidMap(ushort[] glyphIds, ushort[] newGlyphIds)
    {
        var map = new byte[(glyphIds[^1] + 1) * 2];
        for (var index = 0; index < glyphIds.Length; index++)
        {
            map[glyphIds[index] * 2] = (byte)(newGlyphIds[index] >> 8);
            map[(glyphIds[index] * 2) + 1] = (byte)newGlyphIds[index];
        }

        return map;
    }

    /// <summary>Runs of consecutive CIDs whose width is not the default: <c>cid [w1 w2 ...]</c>.</summary>
    private static void Widths(PdfBuffer buffer, FaceUsage usage, ushort[] glyphIds)
    {
        var previous = -2;
        foreach (var glyphId in glyphIds)
        {
            var width = usage.Glyphs[glyphId].AdvancePerEm * 1000;
            if (MathF.Abs(width - DefaultWidth) < 0.005f)
            {
                continue;
            }

            if (glyphId != previous + 1)
            {
                if (previous >= 0)
                {
                    buffer.Raw("] "u8);
                }

                buffer.Integer(glyphId).Raw(" ["u8);
            }
            else
            {
                buffer.Byte((byte)' ');
            }

            buffer.Number(width);
            previous = glyphId;
        }

        if (previous >= 0)
        {
            buffer.Byte((byte)']');
        }
    }

    private static PdfBuffer ToUnicode(FaceUsage usage, ushort[] glyphIds)
    {
        var buffer = new PdfBuffer(256 + (glyphIds.Length * 16))
            .Raw("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"u8)
            .Raw("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n"u8)
            .Raw("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"u8)
            .Raw("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"u8);
        for (var start = 0; start < glyphIds.Length; start += ToUnicodeBlock)
        {
            var count = Math.Min(ToUnicodeBlock, glyphIds.Length - start);
            buffer.Integer(count).Raw(" beginbfchar\n"u8);
            for (var index = start; index < start + count; index++)
            {
                buffer.Byte((byte)'<').Hex4(glyphIds[index]).Raw("> <"u8);
                var codePoint = usage.Glyphs[glyphIds[index]].CodePoint;
                if (codePoint < 0x10000)
                {
                    buffer.Hex4(codePoint);
                }
                else
                {
                    var text = char.ConvertFromUtf32(codePoint);
                    buffer.Hex4(text[0]).Hex4(text[1]);
                }

                buffer.Raw(">\n"u8);
            }

            buffer.Raw("endbfchar\n"u8);
        }

        return buffer.Raw("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"u8);
    }

    /// <summary>Six capital letters that differ between subsets (PDF asks for a tag before a subset font's name).</summary>
    private static string SubsetTag(ushort[] glyphIds)
    {
        var hash = 2166136261u;
        foreach (var glyphId in glyphIds)
        {
            hash = (hash ^ glyphId) * 16777619u;
        }

        Span<char> tag = stackalloc char[6];
        for (var index = 0; index < tag.Length; index++)
        {
            tag[index] = (char)('A' + (hash % 26));
            hash /= 26;
        }

        return new string(tag);
    }
}
