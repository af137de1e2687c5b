using System.Globalization;
using System.Text;

namespace Relief.Pdf.Text;

/// <summary>
/// Where a line may break: between ideographs, after spaces, never inside a Latin word, and with the
/// 避头尾 (kinsoku) rules so closing punctuation never starts a line and opening punctuation never ends one.
/// </summary>
internal static class LineBreakRules
{
    // Closing punctuation, small kana and marks that must not begin a line.
    private const string NoLineStart =
        "，。、；：？！）」』】〕〉》〗〙〛’”…‥·・ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ" +
        "—–～〜‐゠％‰℃°′″,.;:!?)]}%、｝］）．，：；！？｠｡｣､";

    // Opening punctuation and prefixed currency signs that must not end a line.
    private const string NoLineEnd = "（「『【〔〈《〖〘〚‘“([{$£¥￥＄｛［｟｢";

    public static bool IsWhiteSpace(int codePoint) => codePoint is ' ' or '\t' or 0x3000 or 0xA0;

    public static bool IsNewLine(int codePoint) => codePoint == '\n';

    public static bool IsNoLineStart(int codePoint) => codePoint <= 0xFFFF && NoLineStart.Contains((char)codePoint);

    public static bool IsNoLineEnd(int codePoint) => codePoint <= 0xFFFF && NoLineEnd.Contains((char)codePoint);

    /// <summary>Ideographs, kana, hangul and full-width forms: each is a break opportunity on both sides.</summary>
    public static bool IsCjk(int codePoint) => codePoint switch
    {
        >= 0x2E80 and <= 0x2FDF => true,   // CJK radicals, Kangxi radicals
        >= 0x3000 and <= 0x303F => true,   // CJK symbols and punctuation
        >= 0x3040 and <= 0x31FF => true,   // kana, bopomofo, hangul compatibility jamo
        >= 0x3200 and <= 0x9FFF => true,   // enclosed CJK, Extension A, unified ideographs
        >= 0xAC00 and <= 0xD7AF => true,   // hangul syllables
        >= 0xF900 and <= 0xFAFF => true,   // compatibility ideographs
        >= 0xFE30 and <= 0xFE4F => true,   // CJK compatibility forms
        >= 0xFF00 and <= 0xFFEF => true,   // half-width and full-width forms
        >= 0x20000 and <= 0x3FFFF => true, // Extensions B and beyond
        _ => false,
    };

    /// <summary>Combining marks and variation selectors belong to the character before them.</summary>
    public static bool IsAttachedToPrevious(int codePoint)
    {
        if (codePoint is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF or 0x200D)
        {
            return true;
        }

        var category = Rune.GetUnicodeCategory(new Rune(codePoint));
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>Whether a line may end between <paramref name="previous"/> and <paramref name="current"/>.</summary>
    public static bool CanBreakBetween(int previous, int current)
    {
        if (IsWhiteSpace(current) || IsAttachedToPrevious(current) || IsNoLineStart(current) || IsNoLineEnd(previous))
        {
            return false;
        }

        if (IsWhiteSpace(previous) || IsCjk(previous) || IsCjk(current))
        {
            return true;
        }

        // After a hyphen inside a word ("year-end"), but not in numbers or dates ("2024-01-01", "-100").
        return previous == '-' && char.IsAsciiLetter((char)Math.Min(current, 0xFFFF));
    }
}
