using Relief.Pdf.Text;

namespace Relief.Pdf.Tests.Text;

/// <summary>The breaking rules on their own, every character one unit wide so expectations are easy to read.</summary>
public class LineBreakerTests
{
    [Fact]
    public void Every_ideograph_is_a_break_opportunity()
    {
        Assert.Equal(["中文断", "行测试"], Break("中文断行测试", 3));
    }

    [Fact]
    public void Latin_words_break_at_spaces_and_the_space_is_not_kept_at_the_line_end()
    {
        Assert.Equal(["hello", "world", "again"], Break("hello world again", 8));
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line()
    {
        Assert.Equal(["一二", "三。"], Break("一二三。", 3));
        Assert.Equal(["甲乙", "丙）丁"], Break("甲乙丙）丁", 3));
    }

    [Fact]
    public void Opening_punctuation_never_ends_a_line()
    {
        Assert.Equal(["一二", "（三）"], Break("一二（三）", 3));
        Assert.Equal(["见《通", "知》"], Break("见《通知》", 4));
    }

    [Fact]
    public void A_line_of_only_punctuation_is_broken_where_it_overflows_and_nothing_is_lost()
    {
        var lines = Break("。。。。。。。", 3);

        Assert.Equal(["。。。", "。。。", "。"], lines);
    }

    [Fact]
    public void A_Latin_word_longer_than_the_line_is_broken_by_force()
    {
        var lines = Break("Pneumonoultramicroscopic end", 10);

        Assert.Equal(["Pneumonoul", "tramicrosc", "opic end"], lines);
    }

    [Fact]
    public void Surrogate_pairs_are_never_split()
    {
        var lines = Break("𠮷𠮷𠮷a𠮷", 2);

        Assert.Equal(["𠮷𠮷", "𠮷a", "𠮷"], lines);
        Assert.All(lines, line => Assert.False(line.Length > 0 && char.IsHighSurrogate(line[^1])));
    }

    [Fact]
    public void A_combining_mark_stays_with_its_letter_when_a_word_is_forced_apart()
    {
        var lines = Break("e\u0301e\u0301e\u0301", 1);

        Assert.Equal(["e\u0301", "e\u0301", "e\u0301"], lines);
    }

    [Fact]
    public void Mixed_Chinese_and_Latin_keeps_numbers_and_words_whole()
    {
        Assert.Equal(["共发放", "12345元", "Relief系", "统"], Break("共发放12345元Relief系统", 7));
    }

    [Fact]
    public void Currency_signs_stay_with_the_amount()
    {
        Assert.Equal(["合计", "¥100"], Break("合计¥100", 4));
    }

    [Fact]
    public void A_newline_ends_the_paragraph_and_the_next_line_starts_after_it()
    {
        var ranges = LineBreaker.Break(CodePoints("ab\ncd"), Ones(5), 10);

        Assert.Equal(2, ranges.Count);
        Assert.True(ranges[0].EndsParagraph);
        Assert.Equal(3, ranges[1].Start);
    }

    [Fact]
    public void Empty_text_gives_one_empty_line()
    {
        var ranges = LineBreaker.Break([], [], 10);

        Assert.Equal(new LineRange(0, 0, 0, true), Assert.Single(ranges));
    }

    private static List<string> Break(string text, float width)
    {
        var codePoints = CodePoints(text);
        return [.. LineBreaker.Break(codePoints, Ones(codePoints.Length), width)
            .Select(range => string.Concat(codePoints[range.Start..range.End].Select(char.ConvertFromUtf32)))];
    }

    private static int[] CodePoints(string text) => [.. text.EnumerateRunes().Select(rune => rune.Value)];

    // Combining marks take no width, as in a real font.
    private static float[] Ones(int count) => [.. Enumerable.Repeat(1f, count)];
}
