using Relief.Core.Features.Attachments;

namespace Relief.Core.Tests.Attachments;

/// <summary>The real store on disk, made to fail once on the n-th write: a disk filling up or a share going away mid-upload.</summary>
public sealed class FailingStore(FileSystemAttachmentStore inner) : IAttachmentStore
{
    private int _writes;

    /// <summary>The write (1-based) that throws; 0 for none.</summary>
    public int FailOnWrite { get; set; }

    public FileSystemAttachmentStore Inner => inner;

    /// <summary>Runs when a write finds its bytes already stored: another request acting on the same file at that moment.</summary>
    public Func<string, Task>? WhenFoundStored { get; set; }

    /// <summary>Runs when a removal asks whether the file is still needed, after the file is set aside: another request meanwhile.</summary>
    public Func<string, Task>? WhileSetAside { get; set; }

    public async Task<bool> PutAsync(string hash, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        if (++_writes == FailOnWrite) throw new IOException("The share went away.");
        var written = await inner.PutAsync(hash, content, ct);
        if (!written && WhenFoundStored is { } concurrent) await concurrent(hash);
        return written;
    }

    public Stream? Open(string hash) => inner.Open(hash);
    public bool Exists(string hash) => inner.Exists(hash);

    public Task<bool> DeleteUnlessAsync(string hash, Func<Task<bool>> stillNeeded) => inner.DeleteUnlessAsync(hash, async () =>
    {
        if (WhileSetAside is { } concurrent) await concurrent(hash);
        return await stillNeeded();
    });
    public IEnumerable<StoredFile> List() => inner.List();
}
