using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Relief.Core.Features.Attachments;
using Relief.Core.Tests.Visits;

namespace Relief.Core.Tests.Attachments;

/// <summary>
/// The visits test database (units, officers, a campaign, the real migrations) with a real attachment store in a
/// folder of its own, which may be made to fail (<see cref="FailingStore"/>). Dropped, with the folder, on dispose.
/// </summary>
public sealed class AttachmentsDatabase : IAsyncDisposable
{
    private readonly string _folder;

    private AttachmentsDatabase(VisitsDatabase db, string folder)
    {
        Db = db;
        _folder = folder;
        Options = Microsoft.Extensions.Options.Options.Create(new AttachmentOptions { Folder = folder, MaxMegabytesPerHousehold = 1 });
        Store = new FailingStore(new FileSystemAttachmentStore(Options));
    }

    public VisitsDatabase Db { get; }
    public IOptions<AttachmentOptions> Options { get; }
    public FailingStore Store { get; }

    public static async Task<AttachmentsDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "relief-attachments-" + Guid.NewGuid().ToString("N"));
        return new AttachmentsDatabase(await VisitsDatabase.CreateAsync(), folder);
    }

    /// <summary>Runs the attachment service in a scope of its own, as one request would, over this store and these limits.</summary>
    public Task<T> AttachmentsAsync<T>(Func<AttachmentService, Task<T>> work, string culture = "zh-CN") => Db.RunAsync(sp =>
        work(ActivatorUtilities.CreateInstance<AttachmentService>(sp, Store, new AttachmentIntake(Options), Options)), culture);

    public Task<T> SweepAsync<T>(Func<AttachmentSweeper, Task<T>> work) => Db.RunAsync(sp =>
        work(ActivatorUtilities.CreateInstance<AttachmentSweeper>(sp, (IAttachmentStore)Store, Options)));

    public IReadOnlyList<StoredFile> StoredFiles => Store.List().ToList();

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
