namespace Relief.Pdf.Layout;

/// <summary>
/// Fragment is what was placed (null when nothing fits: the element moves whole to the next page);
/// Remainder is what still has to be placed on later pages (null when the element is finished).
/// </summary>
internal readonly record struct LayoutResult(Fragment? Fragment, Element? Remainder)
{
    public static LayoutResult Nothing => default;

    public bool IsNothing => Fragment is null;

    public static LayoutResult Complete(Fragment fragment) => new(fragment, null);

    public static LayoutResult Partial(Fragment fragment, Element remainder) => new(fragment, remainder);
}
