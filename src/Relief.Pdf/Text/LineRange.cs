namespace Relief.Pdf.Text;

/// <summary>
/// One line of a broken paragraph: characters [Start, End) are drawn (trailing spaces already trimmed),
/// and the next line starts at Next. EndsParagraph is true for the last line and for lines ended by a newline,
/// which are never justified.
/// </summary>
internal readonly record struct LineRange(int Start, int End, int Next, bool EndsParagraph);
