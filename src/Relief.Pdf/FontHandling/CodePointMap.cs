namespace Relief.Pdf.FontHandling;

/// <summary>
/// A per-document map from code point to a small value, for lookups made once per character of every cell:
/// the Basic Multilingual Plane is a two-level array (a page of 256 entries is allocated when first used),
/// the rare characters beyond it go to a dictionary. Not thread-safe.
/// </summary>
internal sealed class CodePointMap<T>
    where T : struct
{
    private const int PageBits = 8;
    private const int PageSize = 1 << PageBits;
    private const int BmpPages = 0x10000 >> PageBits;

    private readonly Entry[]?[] _pages = new Entry[]?[BmpPages];
    private Dictionary<int, T>? _beyondBmp;

    public bool TryGetValue(int codePoint, out T value)
    {
        if ((uint)codePoint < 0x10000)
        {
            var page = _pages[codePoint >> PageBits];
            if (page is not null)
            {
                ref var entry = ref page[codePoint & (PageSize - 1)];
                value = entry.Value;
                return entry.IsSet;
            }

            value = default;
            return false;
        }

        if (_beyondBmp is not null)
        {
            return _beyondBmp.TryGetValue(codePoint, out value);
        }

        value = default;
        return false;
    }

    public void Set(int codePoint, T value)
    {
        if ((uint)codePoint < 0x10000)
        {
            var page = _pages[codePoint >> PageBits] ??= new Entry[PageSize];
            page[codePoint & (PageSize - 1)] = new Entry { IsSet = true, Value = value };
            return;
        }

        (_beyondBmp ??= [])[codePoint] = value;
    }

    private struct Entry
    {
        public bool IsSet;
        public T Value;
    }
}
