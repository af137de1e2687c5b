namespace Relief.Core.Features.Households.Import;

/// <summary>Reads an upload into memory with a size limit and tells an .xlsx from anything else by its first bytes.</summary>
public static class ExcelUpload
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0];

    /// <summary>The bytes, or null when the file is over <see cref="MaxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream upload, CancellationToken ct)
    {
        if (upload.CanSeek && upload.Length - upload.Position > MaxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static bool IsXlsx(ReadOnlySpan<byte> bytes) => bytes.StartsWith(ZipSignature);

    /// <summary>The pre-2007 .xls format, which the reader cannot open: the user is asked to save as .xlsx.</summary>
    public static bool IsOldXls(ReadOnlySpan<byte> bytes) => bytes.StartsWith(OleSignature);
}
