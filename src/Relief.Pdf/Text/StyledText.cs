namespace Relief.Pdf.Text;

/// <summary>A piece of text with its fully resolved style, ready for layout.</summary>
internal readonly record struct StyledText(string Text, ResolvedTextStyle Style);
