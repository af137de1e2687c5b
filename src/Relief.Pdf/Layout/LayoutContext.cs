using Microsoft.Extensions.Logging;
using Relief.Pdf.FontHandling;
using Relief.Pdf.Text;

namespace Relief.Pdf.Layout;

/// <summary>What layout needs besides space: fonts, the page's default text style, images, and page numbers.</summary>
internal sealed class LayoutContext(DocumentFonts fonts, TextStyle defaultTextStyle, ImageCache images, ILogger logger)
{
    public DocumentFonts Fonts { get; } = fonts;

    public TextStyle DefaultTextStyle { get; } = defaultTextStyle;

    public ImageCache Images { get; } = images;

    public ILogger Logger { get; } = logger;

    /// <summary>Set while laying out a header or footer, so <c>{n}</c> and <c>{N}</c> can be replaced.</summary>
    public PageNumbers? PageNumbers { get; init; }

    public LayoutContext ForPage(PageNumbers pageNumbers) =>
        new(Fonts, DefaultTextStyle, Images, Logger) { PageNumbers = pageNumbers };

    public ResolvedTextStyle Resolve(TextStyle style) => style.Over(DefaultTextStyle).Resolve();
}
