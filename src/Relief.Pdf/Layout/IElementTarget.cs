namespace Relief.Pdf.Layout;

/// <summary>
/// Where a <see cref="Container"/> puts the element it is filled with: a decoration's child, an entry of a
/// column, row or table, or a page's header, content or footer. Containers are only handles into these,
/// so composing a cell leaves behind just the elements it made.
/// </summary>
internal interface IElementTarget
{
    void Put(int index, Element element);
}

/// <summary>
/// A target that can hold box decorations itself (a box, or a table cell whose box lives in the cell), so a
/// container's border, background, padding and alignment need no element of their own.
/// </summary>
internal interface IBoxHost : IElementTarget
{
    /// <summary>Adds <paramref name="style"/> to the box at <paramref name="index"/> if it belongs inside what is there.</summary>
    bool TryJoin(int index, in BoxStyle style);
}

/// <summary>The target of a container whose content is left out (<see cref="Container.ShowIf"/> false).</summary>
internal sealed class DiscardedTarget : IElementTarget
{
    public static DiscardedTarget Instance { get; } = new();

    public void Put(int index, Element element)
    {
        // Composed, then dropped: ShowIf(false) keeps nothing.
    }
}
