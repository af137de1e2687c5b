using Relief.Pdf.Layout;

namespace Relief.Pdf;

/// <summary>
/// A run of pages sharing size, margins, header and footer. The content flows over as many pages as it needs.
/// Header and footer text may contain <c>{n}</c> (this page) and <c>{N}</c> (pages in the document).
/// </summary>
public sealed class PageDescriptor
{
    private Container? _header;
    private Container? _content;
    private Container? _footer;

    internal PageDescriptor()
    {
    }

    internal PageSize PageSize { get; private set; } = PageSizes.A4;

    internal Thickness Margins { get; private set; } = Thickness.All(Units.FromMillimetres(20));

    internal TextStyle TextStyle { get; private set; } = TextStyle.Default;

    internal SlotElement HeaderSlot { get; } = new();

    internal SlotElement ContentSlot { get; } = new();

    internal SlotElement FooterSlot { get; } = new();


    public PageDescriptor Size(PageSize size)
    {
        PageSize = size;
        return this;
    }

    public PageDescriptor MarginMillimetres(float all) => MarginMillimetres(all, all);

    public PageDescriptor MarginMillimetres(float vertical, float horizontal)
    {
        var top = Units.FromMillimetres(vertical);
        var side = Units.FromMillimetres(horizontal);
        Margins = new Thickness(side, top, side, top);
        return this;
    }

    public PageDescriptor MarginMillimetres(float left, float top, float right, float bottom)
    {
        Margins = new Thickness(
            Units.FromMillimetres(left), Units.FromMillimetres(top), Units.FromMillimetres(right), Units.FromMillimetres(bottom));
        return this;
    }

    /// <summary>The text style every text on these pages starts from.</summary>
    public PageDescriptor DefaultTextStyle(Func<TextStyle, TextStyle> style)
    {
        TextStyle = style(TextStyle);
        return this;
    }

    public Container Header() => _header ??= new Container(HeaderSlot);

    public Container Content() => _content ??= new Container(ContentSlot);

    public Container Footer() => _footer ??= new Container(FooterSlot);
}
