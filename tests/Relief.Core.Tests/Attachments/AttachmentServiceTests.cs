using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Attachments;
using Relief.Core.Features.Grants;
using SkiaSharp;

namespace Relief.Core.Tests.Attachments;

/// <summary>Uploads through the real service, store and database: idempotence, no orphans, scope, audit, soft delete.</summary>
public sealed class AttachmentServiceTests : IAsyncLifetime
{
    private AttachmentsDatabase _db = null!;
    private int _household;

    public async Task InitializeAsync()
    {
        _db = await AttachmentsDatabase.CreateAsync();
        _household = await _db.Db.AddHouseholdAsync(_db.Db.BranchA, "钱一");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private AttachmentUpload Upload(byte[] content, Guid? clientId = null, int kind = AttachmentKinds.Application, string name = "申请书.jpg") => new()
    {
        OwnerKind = AttachmentOwnerKind.Household,
        OwnerId = _household,
        KindId = kind,
        FileName = name,
        ClientUploadId = clientId,
        Content = content,
    };

    private Task<ServiceResult<AttachmentUploaded>> UploadAsync(AttachmentUpload upload) => _db.AttachmentsAsync(s => s.UploadAsync(upload));

    private Task<List<Attachment>> RowsAsync() => _db.Db.WithDbAsync(db => db.Attachments.AsNoTracking().OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task A_photo_is_stored_once_under_its_hash_with_a_thumbnail_and_the_row_says_who_added_it()
    {
        var upload = Upload(SampleFiles.SidewaysPhotoWithGps());
        upload.Note = " 门口合影 ";

        var result = await UploadAsync(upload);

        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors));
        var row = Assert.Single(await RowsAsync());
        Assert.Equal((_household, _db.Db.BranchA.Id, "申请书.jpg", "image/jpeg"), (row.HouseholdId!.Value, row.OrgUnitId, row.FileName, row.MediaType));
        Assert.Equal(_db.Db.OfficerA.UserName, row.AddedBy);
        Assert.Equal(VisitsDatabaseToday, row.DocumentDate);
        Assert.Equal("门口合影", row.Note);
        Assert.Equal(2, _db.StoredFiles.Count);
        await using var stored = _db.Store.Open(row.ContentHash)!;
        Assert.Equal(row.Size, stored.Length);
    }

    [Fact]
    public async Task A_retry_with_the_same_client_id_returns_the_first_upload_instead_of_a_second()
    {
        var clientId = Guid.NewGuid();
        var first = await UploadAsync(Upload(SampleFiles.Photo(640, 480, SKColors.Teal), clientId));
        var retry = await UploadAsync(Upload(SampleFiles.Photo(640, 480, SKColors.Teal), clientId));

        Assert.Equal(new AttachmentUploaded(first.Value!.Id, false), first.Value);
        Assert.Equal(new AttachmentUploaded(first.Value.Id, true), retry.Value);
        Assert.Single(await RowsAsync());
    }

    [Fact]
    public async Task The_same_file_sent_again_to_the_same_record_without_an_id_is_not_stored_twice()
    {
        var photo = SampleFiles.Photo(640, 480, SKColors.Olive);
        var first = await UploadAsync(Upload(photo));
        var again = await UploadAsync(Upload(photo));

        Assert.True(again.Value!.AlreadyThere);
        Assert.Equal(first.Value!.Id, again.Value.Id);
        Assert.Single(await RowsAsync());
    }

    [Fact]
    public async Task A_save_that_fails_half_way_leaves_no_file_behind_and_the_retry_stores_exactly_one()
    {
        var clientId = Guid.NewGuid();
        var photo = SampleFiles.Photo(640, 480, SKColors.Coral);
        // The photo's bytes are written, then the thumbnail's write fails: the share went away mid-upload.
        _db.Store.FailOnWrite = 2;

        await Assert.ThrowsAsync<IOException>(() => UploadAsync(Upload(photo, clientId)));

        Assert.Empty(await RowsAsync());
        Assert.Empty(_db.StoredFiles);
        var retry = await UploadAsync(Upload(photo, clientId));
        Assert.True(retry.Succeeded);
        Assert.False(retry.Value!.AlreadyThere);
        Assert.Single(await RowsAsync());
        Assert.Equal(2, _db.StoredFiles.Count);
    }

    [Fact]
    public async Task A_refused_file_says_why_in_the_users_language_and_nothing_is_stored()
    {
        var zh = await UploadAsync(Upload(SampleFiles.Program(), name: "照片.jpg"));
        var en = await _db.AttachmentsAsync(s => s.UploadAsync(Upload(SampleFiles.Zip(), name: "photo.jpg")), "en");

        Assert.Equal("这是一个程序文件（不论文件名如何），不能上传。", Assert.Single(zh.Validation.Errors).ErrorMessage);
        Assert.Contains("Archives cannot be uploaded", Assert.Single(en.Validation.Errors).ErrorMessage);
        Assert.Empty(await RowsAsync());
        Assert.Empty(_db.StoredFiles);
    }

    [Fact]
    public async Task A_household_over_its_limit_is_refused_with_the_limit_named()
    {
        // The test store allows 1 MB per household; noise does not compress, so two of these pass it.
        var random = new Random(20);
        using var noisy = new SKBitmap(1200, 900);
        for (var y = 0; y < 900; y++)
        for (var x = 0; x < 1200; x++)
            noisy.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
        var photo = noisy.Encode(SKEncodedImageFormat.Jpeg, 95).ToArray();
        var results = new List<ServiceResult<AttachmentUploaded>>();
        for (var i = 0; i < 4 && (results.Count == 0 || results[^1].Succeeded); i++)
        {
            photo[^3] ^= 0x01; // a different file each time, as a new photo would be
            results.Add(await UploadAsync(Upload(photo)));
        }

        var refused = results[^1];
        Assert.False(refused.Succeeded);
        Assert.Contains("1 MB", Assert.Single(refused.Validation.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Another_branch_can_neither_list_nor_open_nor_add_to_the_households_papers()
    {
        var id = (await UploadAsync(Upload(SampleFiles.Pdf()))).Value!.Id;
        _db.Db.ActAs(_db.Db.Officer(_db.Db.BranchB));

        await Assert.ThrowsAsync<NotFoundException>(() => _db.AttachmentsAsync(s => s.ListAsync(AttachmentOwner.Household(_household))));
        await Assert.ThrowsAsync<NotFoundException>(() => _db.AttachmentsAsync(s => s.OpenAsync(id, AttachmentVariant.View)));
        await Assert.ThrowsAsync<NotFoundException>(() => UploadAsync(Upload(SampleFiles.Pdf("other"))));
        // Nothing was opened, so nothing was written as opened.
        var access = await _db.Db.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Action == AuditAction.Access));
        Assert.Equal(0, access);
    }

    [Fact]
    public async Task Every_view_and_download_is_audited_with_who_and_what_was_opened()
    {
        var id = (await UploadAsync(Upload(SampleFiles.Photo(640, 480, SKColors.Gold)))).Value!.Id;

        foreach (var variant in new[] { AttachmentVariant.Thumbnail, AttachmentVariant.View, AttachmentVariant.Download })
        {
            var content = await _db.AttachmentsAsync(s => s.OpenAsync(id, variant));
            await content.Content.DisposeAsync();
        }

        var entries = await _db.Db.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(Attachment) && a.Action == AuditAction.Access).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["Thumbnail", "View", "Download"], entries.Select(e => JsonDocument.Parse(e.NewValues!).RootElement.GetProperty("Opened").GetString()));
        Assert.All(entries, e => Assert.Equal((id.ToString(), _db.Db.OfficerA.UserName, _db.Db.BranchA.Id), (e.EntityKey, e.UserName, e.OrgUnitId!.Value)));
    }

    [Fact]
    public async Task A_withdrawn_paper_leaves_the_gallery_but_auditors_still_see_it_with_the_reason()
    {
        var id = (await UploadAsync(Upload(SampleFiles.Pdf()))).Value!.Id;
        var version = (await _db.AttachmentsAsync(s => s.GetAsync(id))).Version;

        var missingReason = await _db.AttachmentsAsync(s => s.DeleteAsync(id, new AttachmentDeletion { Reason = " ", Version = version }));
        var deleted = await _db.AttachmentsAsync(s => s.DeleteAsync(id, new AttachmentDeletion { Reason = "上传错了户", Version = version }));

        Assert.False(missingReason.Succeeded);
        Assert.True(deleted.Succeeded);
        Assert.Empty(await _db.AttachmentsAsync(s => s.ListAsync(AttachmentOwner.Household(_household))));
        await Assert.ThrowsAsync<NotFoundException>(() => _db.AttachmentsAsync(s => s.OpenAsync(id, AttachmentVariant.View)));
        _db.Db.ActAs(new FixedCurrentUser("auditor", "经审王", _db.Db.Company.Id, _db.Db.Company.Path, Roles.Auditor));
        var seen = Assert.Single(await _db.AttachmentsAsync(s => s.ListAsync(AttachmentOwner.Household(_household))));
        Assert.Equal(("上传错了户", _db.Db.OfficerA.UserName), (seen.DeletionReason, seen.DeletedBy));
        Assert.Single(_db.StoredFiles);
    }

    [Fact]
    public async Task An_upload_whose_bytes_a_failed_upload_removes_before_its_row_is_saved_writes_them_again()
    {
        var photo = SampleFiles.Photo(640, 480, SKColors.Khaki);
        var first = await UploadAsync(Upload(photo));
        var hashes = await _db.Db.WithDbAsync(db => db.Attachments.AsNoTracking().Select(a => new { a.ContentHash, a.ThumbnailHash }).SingleAsync());
        // The bytes stay stored without a row (as a crashed node leaves them); the next upload of them finds them stored,
        // and at that moment another request's failed upload of the same bytes removes them, since no row needs them yet.
        await _db.Db.WithDbAsync(db => db.Attachments.ExecuteDeleteAsync());
        _db.Store.WhenFoundStored = hash => _db.Store.Inner.DeleteUnlessAsync(hash, () => Task.FromResult(false));

        var second = await UploadAsync(Upload(photo));

        Assert.True(second.Succeeded);
        Assert.NotEqual(first.Value!.Id, second.Value!.Id);
        var row = Assert.Single(await RowsAsync());
        await using var stored = _db.Store.Open(hashes.ContentHash)!;
        Assert.Equal(row.Size, stored.Length);
        Assert.True(_db.Store.Exists(hashes.ThumbnailHash!));
    }

    [Fact]
    public async Task A_file_being_removed_is_out_of_reach_when_the_store_asks_and_stays_when_a_row_needs_it()
    {
        var hash = AttachmentService.Hash("a paper"u8);
        await _db.Store.PutAsync(hash, "a paper"u8.ToArray(), CancellationToken.None);
        var seenWhileAsked = true;

        var removed = await _db.Store.DeleteUnlessAsync(hash, () =>
        {
            seenWhileAsked = _db.Store.Exists(hash);
            return Task.FromResult(true);
        });

        Assert.False(removed);
        Assert.False(seenWhileAsked);
        Assert.True(_db.Store.Exists(hash));
        Assert.True(await _db.Store.DeleteUnlessAsync(hash, () => Task.FromResult(false)));
        Assert.False(_db.Store.Exists(hash));
        Assert.False(await _db.Store.DeleteUnlessAsync(hash, () => Task.FromResult(false)));
        Assert.Empty(Directory.EnumerateFiles(_db.Options.Value.Folder!, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task The_sweep_keeps_an_old_file_that_an_upload_of_the_same_bytes_saves_while_it_is_set_aside()
    {
        var photo = SampleFiles.Photo(640, 480, SKColors.Plum);
        await UploadAsync(Upload(photo));
        await _db.Db.WithDbAsync(db => db.Attachments.ExecuteDeleteAsync());
        var now = Households.RegistryDatabase.Now.UtcDateTime;
        foreach (var file in Directory.EnumerateFiles(_db.Options.Value.Folder!, "*.bin", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, now.AddDays(-1));
        // The sweep read no row for the old files; while each is aside, an officer uploads the same photo again.
        var uploaded = false;
        _db.Store.WhileSetAside = async _ =>
        {
            if (uploaded) return;
            uploaded = true;
            Assert.True((await UploadAsync(Upload(photo))).Succeeded);
        };

        var removed = await _db.SweepAsync(s => s.SweepAsync());

        Assert.Equal(0, removed);
        var row = Assert.Single(await RowsAsync());
        Assert.True(_db.Store.Exists(row.ContentHash));
        Assert.True(_db.Store.Exists(row.ThumbnailHash!));
    }

    [Fact]
    public async Task The_sweep_removes_old_files_no_row_points_at_and_keeps_the_rest()
    {
        await UploadAsync(Upload(SampleFiles.Pdf()));
        var orphan = AttachmentService.Hash("left by a crashed node"u8);
        await _db.Store.PutAsync(orphan, "left by a crashed node"u8.ToArray(), CancellationToken.None);
        var young = AttachmentService.Hash("still saving"u8);
        await _db.Store.PutAsync(young, "still saving"u8.ToArray(), CancellationToken.None);
        // The database's clock reads 2025-01-10 09:00: the orphan and the upload were written a day before, the young file five minutes before.
        var now = Households.RegistryDatabase.Now.UtcDateTime;
        foreach (var file in Directory.EnumerateFiles(_db.Options.Value.Folder!, "*.bin", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, file.Contains(young, StringComparison.Ordinal) ? now.AddMinutes(-5) : now.AddDays(-1));

        var removed = await _db.SweepAsync(s => s.SweepAsync());

        Assert.Equal(1, removed);
        Assert.Equal(2, _db.StoredFiles.Count);
        Assert.DoesNotContain(_db.StoredFiles, f => f.Hash == orphan);
    }

    [Fact]
    public async Task Required_papers_show_what_the_file_and_an_application_lack()
    {
        var illness = await _db.Db.AddPayableGrantAsync(_household, 800m, GrantKind.SeriousIllnessAid, GrantStatus.Applied);
        await UploadAsync(Upload(SampleFiles.Pdf(), kind: AttachmentKinds.Application));
        await _db.AttachmentsAsync(s => s.UploadAsync(new AttachmentUpload
        {
            OwnerKind = AttachmentOwnerKind.Grant, OwnerId = illness, KindId = AttachmentKinds.Diagnosis, FileName = "诊断.pdf", Content = SampleFiles.Pdf("diagnosis"),
        }));

        var (file, application) = await _db.Db.RunAsync(async sp =>
        {
            var papers = (RequiredPaperService)sp.GetService(typeof(RequiredPaperService))!;
            return (await papers.MissingForHouseholdAsync(_household), await papers.MissingForGrantAsync(illness));
        });

        Assert.Equal(["授权委托书"], file.Names(english: false));
        Assert.Equal(["授权委托书", "医疗费用票据"], application.Names(english: false));
        Assert.Equal(["Economic check authorization", "Medical receipts"], application.Names(english: true));
    }

    private static readonly DateOnly VisitsDatabaseToday = Visits.VisitsDatabase.Today;
}
