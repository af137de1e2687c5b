using Relief.Pdf.Charts;
using Relief.Pdf.Layout;

namespace Relief.Pdf;

/// <summary>
/// A place in the document that holds exactly one element. Decorations (padding, border, background,
/// alignment) return the inner container to fill; content methods (text, column, table...) fill this one.
/// </summary>
public sealed class Container
{
    private readonly IElementTarget _target;
    private readonly int _index;
    private bool _filled;

    internal Container(IElementTarget target, int index = 0)
    {
        _target = target;
        _index = index;
    }

    public Container Padding(float all) => Padding(all, all, all, all);

    public Container Padding(float vertical, float horizontal) => Padding(horizontal, vertical, horizontal, vertical);

    public Container Padding(float left, float top, float right, float bottom) =>
        Box(new BoxStyle { Padding = new Thickness(left, top, right, bottom) });

    public Container PaddingHorizontal(float points) => Padding(points, 0, points, 0);

    public Container PaddingVertical(float points) => Padding(0, points, 0, points);

    public Container PaddingTop(float points) => Padding(0, points, 0, 0);

    public Container PaddingBottom(float points) => Padding(0, 0, 0, points);

    /// <summary>Lines on all four edges. They take no space: add padding inside for breathing room.</summary>
    public Container Border(float thickness = 0.5f, string color = "#000000") =>
        Box(new BoxStyle { Border = Thickness.All(thickness), BorderColor = ColorParser.Parse(color) });

    public Container BorderBottom(float thickness = 0.5f, string color = "#000000") =>
        Box(new BoxStyle { Border = new Thickness(0, 0, 0, thickness), BorderColor = ColorParser.Parse(color) });

    public Container BorderTop(float thickness = 0.5f, string color = "#000000") =>
        Box(new BoxStyle { Border = new Thickness(0, thickness, 0, 0), BorderColor = ColorParser.Parse(color) });

    public Container Background(string color) => Box(new BoxStyle { Background = ColorParser.Parse(color) });

    public Container AlignLeft() => Box(new BoxStyle { Alignment = HorizontalAlignment.Left });

    public Container AlignCenter() => Box(new BoxStyle { Alignment = HorizontalAlignment.Center });

    public Container AlignRight() => Box(new BoxStyle { Alignment = HorizontalAlignment.Right });

    public Container MinHeight(float points) => Wrap(new MinHeightElement(points));

    /// <summary>
    /// Keeps what is inside on one page (a heading with its chart, a signature block); it only splits if it is
    /// taller than a whole page.
    /// </summary>
    public Container ShowEntire() => Wrap(new ShowEntireElement());

    /// <summary>When false, whatever is put in the returned container is left out of the document.</summary>
    public Container ShowIf(bool condition)
    {
        if (condition)
        {
            return this;
        }

        Fill(EmptyElement.Instance);
        return new Container(DiscardedTarget.Instance);
    }

    /// <summary>Applies a reusable style, e.g. <c>table.Cell().Element(CellStyle).Text("...")</c>.</summary>
    public Container Element(Func<Container, Container> style) => style(this);

    public void Element(Action<Container> compose) => compose(this);

    public TextDescriptor Text(string text)
    {
        var element = new TextElement();
        element.AddSpan(text);
        Fill(element);
        return new TextDescriptor(element);
    }

    public void Text(Action<TextDescriptor> compose)
    {
        var element = new TextElement();
        compose(new TextDescriptor(element));
        Fill(element);
    }

    public void Column(Action<ColumnDescriptor> compose)
    {
        var descriptor = new ColumnDescriptor();
        compose(descriptor);
        Fill(new ColumnElement([.. descriptor.Items], descriptor.ItemSpacing));
    }

    public void Row(Action<RowDescriptor> compose)
    {
        var descriptor = new RowDescriptor();
        compose(descriptor);
        Fill(new RowElement([.. descriptor.Items], descriptor.ItemSpacing));
    }

    public void Table(Action<TableDescriptor> compose)
    {
        var descriptor = new TableDescriptor();
        compose(descriptor);
        Fill(new TableElement(descriptor.Model));
    }

    /// <summary>A PNG or JPEG, as wide as the container, keeping its aspect ratio.</summary>
    public void Image(byte[] encodedImage) => Fill(new ImageElement(encodedImage));

    public void LineHorizontal(float thickness = 0.5f, string color = "#000000") =>
        Fill(new LineElement(thickness, ColorParser.Parse(color)));

    public void PageBreak() => Fill(new PageBreakElement());

    public void BarChart(Action<BarChartDescriptor> compose)
    {
        var descriptor = new BarChartDescriptor();
        compose(descriptor);
        Fill(new BarChartElement(descriptor.Model));
    }

    /// <summary>
    /// Adds box decorations: to the box this container is the inside of, if they belong inside what it already
    /// has (one element per table cell instead of one per decoration), or else as a new box here.
    /// </summary>
    private Container Box(BoxStyle style)
    {
        if (!_filled && _target is IBoxHost host && host.TryJoin(_index, style))
        {
            return this;
        }

        return Wrap(new BoxElement(style));
    }

    /// <summary>Puts a decoration here and returns the container for what it decorates.</summary>
    private Container Wrap(DecoratorElement decoration)
    {
        Fill(decoration);
        return new Container(decoration);
    }

    private void Fill(Element element)
    {
        if (_filled)
        {
            throw new InvalidOperationException("A container holds one element; use Column or Row to place several.");
        }

        _filled = true;
        _target.Put(_index, element);
    }
}
