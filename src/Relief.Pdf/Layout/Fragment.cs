namespace Relief.Pdf.Layout;

/// <summary>A placed, sized piece of one page, drawn after the whole document is laid out.</summary>
internal abstract class Fragment(float width, float height)
{
    public float Width { get; } = width;

    public float Height { get; } = height;

    /// <summary>Draws with the top-left corner at (x, y), in points, y growing downwards.</summary>
    public abstract void Draw(DrawContext context, float x, float y);

    /// <summary>
    /// The same fragment made taller, used so table cells and row items fill their row: decorations
    /// (background, border, padding) override this to grow with it.
    /// </summary>
    public virtual Fragment StretchTo(float height) =>
        height <= Height ? this : new PositionedFragment(this, 0, 0, Width, height);
}
