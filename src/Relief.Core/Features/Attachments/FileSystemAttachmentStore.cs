using Microsoft.Extensions.Options;

namespace Relief.Core.Features.Attachments;

/// <summary>
/// The store on disk: <c>{folder}/ab/cd/abcd….bin</c>. A file is written to a temporary name in the same folder and
/// moved into place, so a reader (or another node) never sees half a file, and a crash leaves only a temporary file
/// that <see cref="List"/> does not report and the next write of the same name replaces.
/// </summary>
public sealed class FileSystemAttachmentStore(IOptions<AttachmentOptions> options) : IAttachmentStore
{
    private const string Extension = ".bin";

    /// <summary>The folder resolved from the setting: <see cref="AttachmentOptions.Folder"/>, relative to the working directory.</summary>
    public string Root { get; } = Path.GetFullPath(string.IsNullOrWhiteSpace(options.Value.Folder) ? Path.Combine("App_Data", "attachments") : options.Value.Folder);

    public async Task<bool> PutAsync(string hash, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var path = PathFor(hash);
        if (File.Exists(path)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, ct);
                await file.FlushAsync(ct);
            }
            try
            {
                File.Move(temporary, path, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another request stored the same bytes a moment earlier: same hash, same content.
                return false;
            }
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public Stream? Open(string hash)
    {
        var path = PathFor(hash);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous) : null;
    }

    public bool Exists(string hash) => File.Exists(PathFor(hash));

    public async Task<bool> DeleteUnlessAsync(string hash, Func<Task<bool>> stillNeeded)
    {
        var path = PathFor(hash);
        // Moved aside first (an atomic rename in the same folder), then asked: a row committed before the question is
        // seen and keeps its file; one committed after it finds the file missing and writes it again.
        var aside = $"{path}.{Guid.NewGuid():N}.del";
        try
        {
            File.Move(path, aside);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        if (!await stillNeeded())
        {
            File.Delete(aside);
            return true;
        }
        try
        {
            File.Move(aside, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // The record that needs it wrote the same bytes again meanwhile.
            File.Delete(aside);
        }
        return false;
    }

    public IEnumerable<StoredFile> List()
    {
        if (!Directory.Exists(Root)) yield break;
        foreach (var path in Directory.EnumerateFiles(Root, "*" + Extension, SearchOption.AllDirectories))
        {
            var hash = Path.GetFileNameWithoutExtension(path);
            if (IsHash(hash)) yield return new StoredFile(hash, File.GetLastWriteTimeUtc(path));
        }
    }

    /// <summary>A lower-case SHA-256 in hex: nothing else ever becomes part of a path.</summary>
    public static bool IsHash(string? value) => value is { Length: AttachmentLimits.HashLength } && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private string PathFor(string hash)
    {
        if (!IsHash(hash)) throw new ArgumentException("Not a content hash.", nameof(hash));
        return Path.Combine(Root, hash[..2], hash[2..4], hash + Extension);
    }
}
