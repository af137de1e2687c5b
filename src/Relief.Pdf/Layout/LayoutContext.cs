using Microsoft.Extensions.Logging;
using Relief.Pdf.FontHandling;
using Relief.Pdf.Text;

namespace Relief.Pdf.Layout;

/// <summary>
/// What layout needs besides space: fonts, the page's default text style, images, page numbers, and the
/// lines of the paragraph laid out last. One context serves one rendering on one thread.
/// </summary>
internal sealed class LayoutContext(DocumentFonts fonts, TextStyle defaultTextStyle, ImageCache images, ILogger logger)
{
    private readonly ResolvedTextStyle _defaultStyle = defaultTextStyle.Resolve();

    private TextElement? _singleLineOf;
    private SingleLine _singleLine;
    private TextElement? _linesOf;
    private float _linesWidth;
    private float _widestLine;
    private TextLine[] _lines = [];

    public DocumentFonts Fonts { get; } = fonts;

    public TextStyle DefaultTextStyle { get; } = defaultTextStyle;

    public ImageCache Images { get; } = images;

    public ILogger Logger { get; } = logger;

    /// <summary>Set while laying out a header or footer, so <c>{n}</c> and <c>{N}</c> can be replaced.</summary>
    public PageNumbers? PageNumbers { get; init; }

    public LayoutContext ForPage(PageNumbers pageNumbers) =>
        new(Fonts, DefaultTextStyle, Images, Logger) { PageNumbers = pageNumbers };

    /// <summary>A style with its unset parts taken from the page's default text style.</summary>
    public ResolvedTextStyle Resolve(TextStyle style) =>
        ReferenceEquals(style, TextStyle.Default) ? _defaultStyle : style.ResolveOver(_defaultStyle);

    /// <summary>
    /// The lines <paramref name="paragraph"/> was last broken into, if they hold at this width: greedy breaking
    /// gives the same lines at any width between the widest line and the width they were broken at, which is
    /// what alignment asks for after measuring.
    /// </summary>
    public bool TryGetLines(TextElement paragraph, float width, out TextLine[] lines)
    {
        lines = _lines;
        return ReferenceEquals(paragraph, _linesOf) &&
            (width == _linesWidth || (width < _linesWidth && width >= _widestLine));
    }

    /// <summary>The single line <paramref name="paragraph"/> was last measured as, if it fits this width.</summary>
    public bool TryGetSingleLine(TextElement paragraph, float width, out SingleLine line)
    {
        line = _singleLine;
        return ReferenceEquals(paragraph, _singleLineOf) && line.Width <= width;
    }

    public void RememberSingleLine(TextElement paragraph, SingleLine line)
    {
        _singleLineOf = paragraph;
        _singleLine = line;
    }

    public void RememberLines(TextElement paragraph, float width, TextLine[] lines)
    {
        _linesOf = paragraph;
        _linesWidth = width;
        _lines = lines;
        _widestLine = TextLinesElement.MaxWidth(lines, 0);
    }
}
