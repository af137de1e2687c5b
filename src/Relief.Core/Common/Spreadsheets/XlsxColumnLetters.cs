namespace Relief.Core.Common.Spreadsheets;

/// <summary>A column's letters in a cell reference, both ways: 0 ↔ A, 25 ↔ Z, 26 ↔ AA, 16383 ↔ XFD.</summary>
public static class XlsxColumnLetters
{
    public static string Name(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>The column of a cell reference: "B7" → 1, "XFD1" → 16383; no letters, or more than three, is no reference.</summary>
    public static int IndexOf(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z') column = column * 26 + (c - 'A' + 1);
            else if (c is >= 'a' and <= 'z') column = column * 26 + (c - 'a' + 1);
            else break;
            if (++letters > 3) throw new InvalidDataException($"'{reference}' is no cell reference.");
        }
        if (letters == 0) throw new InvalidDataException($"'{reference}' is no cell reference.");
        return column - 1;
    }
}
