using SkiaSharp;

namespace Relief.Pdf.Layout;

/// <summary>
/// The decorations of one box, from the outside in: a background and a border on the box's edges, padding
/// inside them, and the alignment of the content inside the padding. A decoration may join a box only if
/// it lies inside those already there (<see cref="Accepts"/>); otherwise it starts a box of its own inside,
/// so joining never changes what is drawn. Table cells (border, background, padding, alignment) are one box.
/// </summary>
internal readonly record struct BoxStyle(
    SKColor? Background, Thickness Border, SKColor BorderColor, Thickness Padding, HorizontalAlignment? Alignment)
{
    private bool HasBorder => Border != default;

    private bool HasPadding => Padding != default;

    public bool Accepts(in BoxStyle inner) =>
        (inner.Background is null || (Background is null && !HasPadding && Alignment is null)) &&
        (!inner.HasBorder || (!HasBorder && !HasPadding && Alignment is null)) &&
        (!inner.HasPadding || (!HasPadding && Alignment is null)) &&
        (inner.Alignment is null || Alignment is null);

    /// <summary>This box with <paramref name="inner"/>'s decorations added (only after <see cref="Accepts"/>).</summary>
    public BoxStyle Join(in BoxStyle inner) => new(
        inner.Background ?? Background,
        inner.HasBorder ? inner.Border : Border,
        inner.HasBorder ? inner.BorderColor : BorderColor,
        inner.HasPadding ? inner.Padding : Padding,
        inner.Alignment ?? Alignment);
}
