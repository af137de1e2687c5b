using System.Text;

namespace Relief.Core.Reports.Printing;

/// <summary>File names built from campaign names and notice titles, which users type and may hold any character.</summary>
public static class FileNames
{
    private const int MaxLength = 120;

    /// <summary>
    /// <paramref name="name"/> + ".pdf", with the characters Windows, macOS or a browser refuse in a file name
    /// (<c>\ / : * ? " &lt; &gt; |</c> and control characters) replaced by "_", and shortened to a length every file
    /// system takes.
    /// </summary>
    public static string Pdf(string name) => Of(name, ".pdf");

    /// <summary>The Word document's name, made safe as <see cref="Pdf"/> makes it.</summary>
    public static string Docx(string name) => Of(name, ".docx");

    /// <summary><paramref name="name"/> + <paramref name="extension"/>, made safe as <see cref="Pdf"/> makes it.</summary>
    public static string Of(string name, string extension)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
            safe.Append(c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c);
        var text = safe.ToString().Trim('.', ' ');
        if (text.Length > MaxLength) text = text[..MaxLength];
        // Never end on the first half of a surrogate pair (a rare name character outside the BMP).
        if (text.Length > 0 && char.IsHighSurrogate(text[^1])) text = text[..^1];
        return (text.Length == 0 ? "document" : text) + extension;
    }
}
