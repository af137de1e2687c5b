using System.Globalization;

namespace Relief.Core.Features.Notices;

/// <summary>
/// Masks a name on a posted notice: 张三明 → 张*明, 张三 → 张*, 欧阳小明 → 欧阳*明 (a compound surname stays whole),
/// otherwise the first and last character stay and everything between becomes *.
/// </summary>
public static class NameMask
{
    // The common two-character surnames (复姓); anything else keeps only its first character.
    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐",
        "端木", "独孤", "南宫", "西门", "澹台", "百里", "呼延", "万俟", "闻人", "钟离", "申屠", "太史", "赫连", "拓跋", "司空",
        "濮阳", "淳于", "单于", "公冶", "宗政", "仲孙", "第五", "左丘", "谷梁", "东郭", "梁丘", "羊舌", "巫马", "公西", "漆雕",
    ];

    public static string Mask(string name)
    {
        var trimmed = name.Trim();
        var characters = TextElements(trimmed);
        if (characters.Count <= 1) return trimmed;
        if (characters.Count == 2) return characters[0] + "*";

        var surnameLength = characters.Count >= 3 && CompoundSurnames.Contains(characters[0] + characters[1]) ? 2 : 1;
        if (surnameLength == 2 && characters.Count == 3) return characters[0] + characters[1] + "*";
        var hidden = characters.Count - surnameLength - 1;
        return string.Concat(characters.Take(surnameLength)) + new string('*', hidden) + characters[^1];
    }

    /// <summary>
    /// Masks every line of a notice, and where two lines of one unit would then read the same (蓝华 and 蓝明 both 蓝*),
    /// adds the last four digits of the ID number to each of them, so no two lines of a posted notice look alike.
    /// </summary>
    public static IReadOnlyList<NoticeRow> MaskAll(IReadOnlyList<NoticeRow> rows, IReadOnlyDictionary<int, string> idTailByGrant, Func<string, string> withIdTail)
    {
        var masked = rows.Select(r => r with { Name = Mask(r.Name) }).ToList();
        var alike = masked.GroupBy(r => (r.Name, r.UnitName)).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return masked.Select(r => alike.Contains((r.Name, r.UnitName)) && idTailByGrant.TryGetValue(r.GrantId, out var tail) && tail.Length > 0
            ? r with { Name = r.Name + withIdTail(tail) }
            : r).ToList();
    }

    // Text elements, not chars: a rare name character outside the BMP is one character, not two halves.
    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext()) elements.Add(enumerator.GetTextElement());
        return elements;
    }
}
