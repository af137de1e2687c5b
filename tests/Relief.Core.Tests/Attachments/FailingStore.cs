using Relief.Core.Features.Attachments;

namespace Relief.Core.Tests.Attachments;

/// <summary>The real store on disk, made to fail once on the n-th write: a disk filling up or a share going away mid-upload.</summary>
public sealed class FailingStore(FileSystemAttachmentStore inner) : IAttachmentStore
{
    private int _writes;

    /// <summary>The write (1-based) that throws; 0 for none.</summary>
    public int FailOnWrite { get; set; }

    public FileSystemAttachmentStore Inner => inner;

    public async Task<bool> PutAsync(string hash, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        if (++_writes == FailOnWrite) throw new IOException("The share went away.");
        return await inner.PutAsync(hash, content, ct);
    }

    public Stream? Open(string hash) => inner.Open(hash);
    public void Delete(string hash) => inner.Delete(hash);
    public IEnumerable<StoredFile> List() => inner.List();
}
