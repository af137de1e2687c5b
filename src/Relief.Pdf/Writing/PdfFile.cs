using System.IO.Compression;

namespace Relief.Pdf.Writing;

/// <summary>
/// The object layer of a PDF file: numbered objects written in any order straight to the output stream,
/// their offsets remembered for the cross-reference table at the end. Nothing is seeked, so any writable
/// stream will do.
/// </summary>
internal sealed class PdfFile : IDisposable
{
    private const int FlushThreshold = 64 * 1024;

    private readonly Stream _output;
    private readonly PdfBuffer _pending = new(FlushThreshold + 4096);
    private readonly List<long> _offsets = [-1];
    private readonly MemoryStream _compressed = new();
    private readonly PdfBuffer _joined = new(1024);
    private long _flushed;

    public PdfFile(Stream output)
    {
        _output = output;

        // The comment of high bytes tells transfer programs the file is binary.
        _pending.Raw("%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n"u8);
    }

    private long Position => _flushed + _pending.Length;

    /// <summary>A number for an object that is written later but referred to earlier.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Starts object <paramref name="number"/>; write its body into the returned buffer, then call <see cref="EndObject"/>.</summary>
    public PdfBuffer BeginObject(int number)
    {
        _offsets[number] = Position;
        return _pending.Integer(number).Raw(" 0 obj\n"u8);
    }

    public void EndObject()
    {
        _pending.Raw("\nendobj\n"u8);
        if (_pending.Length >= FlushThreshold)
        {
            Flush();
        }
    }

    /// <summary>
    /// Writes a stream object, Flate-compressed unless it is too small to gain. <paramref name="dictionary"/>
    /// holds extra entries (without the brackets); <paramref name="length1"/> is the uncompressed length some
    /// streams (embedded fonts) must declare.
    /// </summary>
    public void WriteStream(int number, ReadOnlySpan<byte> data, CompressionLevel level, ReadOnlySpan<byte> dictionary = default, bool length1 = false) =>
        WriteStream(number, data, [], level, dictionary, length1);

    /// <summary>Writes a stream object whose data is <paramref name="first"/> followed by <paramref name="second"/>.</summary>
    public void WriteStream(
        int number, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, CompressionLevel level,
        ReadOnlySpan<byte> dictionary = default, bool length1 = false)
    {
        var length = first.Length + second.Length;
        var compress = level != CompressionLevel.NoCompression && length > 256;
        if (!compress && !second.IsEmpty)
        {
            // Small streams (headers, footers) are joined here and written as they are.
            _joined.Clear();
            first = _joined.Raw(first).Raw(second).Span;
            second = [];
        }

        var body = compress ? Deflate(first, second, level) : first;
        var buffer = BeginObject(number).Raw("<</Length "u8).Integer(body.Length);
        if (compress)
        {
            buffer.Raw(" /Filter /FlateDecode"u8);
        }

        if (length1)
        {
            buffer.Raw(" /Length1 "u8).Integer(length);
        }

        if (!dictionary.IsEmpty)
        {
            buffer.Byte((byte)' ').Raw(dictionary);
        }

        buffer.Raw(">>\nstream\n"u8);
        if (body.Length > FlushThreshold)
        {
            Flush();
            _output.Write(body);
            _flushed += body.Length;
        }
        else
        {
            buffer.Raw(body);
        }

        _pending.Raw("\nendstream"u8);
        EndObject();
    }

    /// <summary>Writes the cross-reference table and trailer. Every reserved object must have been written.</summary>
    public void Finish(int catalog, int info)
    {
        var xref = Position;
        _pending.Raw("xref\n0 "u8).Integer(_offsets.Count).Raw("\n0000000000 65535 f\r\n"u8);
        for (var number = 1; number < _offsets.Count; number++)
        {
            var offset = _offsets[number];
            if (offset < 0)
            {
                throw new InvalidOperationException($"PDF object {number} was reserved but never written.");
            }

            var digits = offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
            _pending.Ascii(digits).Raw(" 00000 n\r\n"u8);
            if (_pending.Length >= FlushThreshold)
            {
                Flush();
            }
        }

        _pending.Raw("trailer\n<</Size "u8).Integer(_offsets.Count)
            .Raw(" /Root "u8).Integer(catalog).Raw(" 0 R /Info "u8).Integer(info).Raw(" 0 R>>\nstartxref\n"u8)
            .Integer(xref).Raw("\n%%EOF\n"u8);
        Flush();
    }

    public void Dispose() => _compressed.Dispose();

    private ReadOnlySpan<byte> Deflate(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, CompressionLevel level)
    {
        _compressed.SetLength(0);
        using (var zlib = new ZLibStream(_compressed, level, leaveOpen: true))
        {
            zlib.Write(first);
            zlib.Write(second);
        }

        return _compressed.GetBuffer().AsSpan(0, (int)_compressed.Length);
    }

    private void Flush()
    {
        _output.Write(_pending.Span);
        _flushed += _pending.Length;
        _pending.Clear();
    }
}
