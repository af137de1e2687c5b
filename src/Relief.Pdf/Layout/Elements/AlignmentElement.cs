namespace Relief.Pdf.Layout;

/// <summary>Gives the child only the width it wants and places it left, centre or right.</summary>
internal sealed class AlignmentElement(HorizontalAlignment alignment, Element? child = null) : DecoratorElement(child)
{
    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        var width = Math.Min(space.Width, Child.MeasureWidth(context, space.Width));
        var result = Child.Layout(context, space with { Width = width });
        if (result.IsNothing)
        {
            return result;
        }

        var offset = alignment switch
        {
            HorizontalAlignment.Center => (space.Width - width) / 2,
            HorizontalAlignment.Right => space.Width - width,
            _ => 0,
        };
        var fragment = new PositionedFragment(result.Fragment!, offset, 0, space.Width, result.Fragment!.Height);
        return result.Remainder is null
            ? LayoutResult.Complete(fragment)
            : LayoutResult.Partial(fragment, new AlignmentElement(alignment, result.Remainder));
    }
}
