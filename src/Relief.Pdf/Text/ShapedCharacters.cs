namespace Relief.Pdf.Text;

/// <summary>A paragraph's characters as parallel arrays: code point, span, face and advance in points.</summary>
internal sealed class ShapedCharacters
{
    public ShapedCharacters(int capacity)
    {
        CodePoints = new int[capacity];
        SpanIndex = new int[capacity];
        FaceIndex = new int[capacity];
        Advances = new float[capacity];
    }

    public int Count { get; private set; }

    public int[] CodePoints { get; private set; }

    public int[] SpanIndex { get; private set; }

    public int[] FaceIndex { get; private set; }

    public float[] Advances { get; private set; }

    public void Add(int codePoint, int spanIndex, int faceIndex, float advance)
    {
        CodePoints[Count] = codePoint;
        SpanIndex[Count] = spanIndex;
        FaceIndex[Count] = faceIndex;
        Advances[Count] = advance;
        Count++;
    }

    /// <summary>Drops unused capacity (control characters and surrogate pairs take less than their UTF-16 length).</summary>
    public void Trim()
    {
        if (Count == CodePoints.Length)
        {
            return;
        }

        CodePoints = CodePoints[..Count];
        SpanIndex = SpanIndex[..Count];
        FaceIndex = FaceIndex[..Count];
        Advances = Advances[..Count];
    }
}
