namespace Relief.Pdf.Layout;

/// <summary>A piece of a paragraph as composed: its text and the style set on it (unset parts come from the paragraph).</summary>
internal readonly record struct TextSpan(string Text, TextStyle Style);
