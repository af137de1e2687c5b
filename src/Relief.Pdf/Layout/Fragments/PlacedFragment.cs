namespace Relief.Pdf.Layout;

internal readonly record struct PlacedFragment(Fragment Fragment, float X, float Y);
