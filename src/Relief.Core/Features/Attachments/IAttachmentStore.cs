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

    /// <summary>Whether the store holds the file.</summary>
    bool Exists(string hash);

    /// <summary>
    /// Removes the file unless <paramref name="stillNeeded"/>, asked after the file is out of every reader's reach, says
    /// a record points at it; then the file is put back. True when the file was removed. A record saved by another
    /// request while the file was being removed therefore either keeps it or finds it gone (<see cref="Exists"/>) and
    /// writes it again: two uploads of the same bytes can never leave a record without its file.
    /// </summary>
    Task<bool> DeleteUnlessAsync(string hash, Func<Task<bool>> stillNeeded);

    /// <summary>Every stored file with the time it was written, for the orphan sweep.</summary>
    IEnumerable<StoredFile> List();
}
