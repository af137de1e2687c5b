namespace Relief.Core.Features.Attachments;

/// <summary>
/// Where attachment bytes live, content-addressed: a file's key is the SHA-256 of its bytes, so a file is written
/// once however many rows point at it, and nodes that share the store never overwrite each other's files.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Stores the bytes under their hash; true when this call wrote them, false when they were already there.</summary>
    Task<bool> PutAsync(string hash, ReadOnlyMemory<byte> content, CancellationToken ct);

    /// <summary>The stored bytes, or null when the store has no such file.</summary>
    Stream? Open(string hash);

    void Delete(string hash);

    /// <summary>Every stored file with the time it was written, for the orphan sweep.</summary>
    IEnumerable<StoredFile> List();
}
