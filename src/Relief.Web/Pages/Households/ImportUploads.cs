using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Households;

/// <summary>
/// Keeps an uploaded sheet between its clean preview and the user's confirmation: a file under the app's data folder
/// named by the upload's fingerprint, in a folder per user, deleted once imported. Leftovers older than a day go.
/// </summary>
public sealed class ImportUploads(IOptions<DatabaseOptions> options, IWebHostEnvironment environment)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    public async Task<string> SaveTemporaryAsync(string userId, Stream upload, CancellationToken ct)
    {
        var folder = FolderFor(userId);
        RemoveStale(folder);
        var path = Path.Combine(folder, $"upload-{Guid.NewGuid():N}.tmp");
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        await upload.CopyToAsync(file, ct);
        return path;
    }

    /// <summary>Keeps a previewed upload under its fingerprint, replacing an earlier copy of the same file.</summary>
    public void Keep(string userId, string temporaryPath, string fingerprint) =>
        File.Move(temporaryPath, PathFor(userId, fingerprint), overwrite: true);

    public Stream? Open(string userId, string fingerprint)
    {
        if (!IsFingerprint(fingerprint)) return null;
        var path = PathFor(userId, fingerprint);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous) : null;
    }

    public void Delete(string userId, string fingerprint)
    {
        if (IsFingerprint(fingerprint)) File.Delete(PathFor(userId, fingerprint));
    }

    public static void DeleteTemporary(string path)
    {
        if (File.Exists(path)) File.Delete(path);
    }

    /// <summary>A SHA-256 in hex: anything else never becomes part of a path.</summary>
    public static bool IsFingerprint(string? value) => value is { Length: 64 } && value.All(char.IsAsciiHexDigit);

    private string PathFor(string userId, string fingerprint) => Path.Combine(FolderFor(userId), fingerprint.ToUpperInvariant() + ".xlsx");

    private string FolderFor(string userId)
    {
        // The user id is hashed so that whatever characters it holds, the folder name is safe.
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(userId)))[..16];
        var folder = Path.Combine(Path.GetFullPath(options.Value.DataFolder, environment.ContentRootPath), "imports", key);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void RemoveStale(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > KeepFor) File.Delete(file);
        }
    }
}
