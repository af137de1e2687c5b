using System.Globalization;
using System.Linq.Expressions;
using System.Security.Cryptography;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Features.Attachments;

/// <summary>
/// Papers and photos on household files, applications and visits: the gallery, safe upload, the audited opening of a
/// file, and the soft delete. Everything reads through the user's unit scope: an attachment, or a record to attach
/// to, outside it is <see cref="NotFoundException"/>.
/// </summary>
public sealed class AttachmentService(
    ReliefDbContext db,
    ICurrentUser user,
    IAttachmentStore store,
    AttachmentIntake intake,
    IValidator<AttachmentUpload> uploadValidator,
    IValidator<AttachmentDeletion> deletionValidator,
    IOptions<AttachmentOptions> options,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    /// <summary>Withdrawn attachments are shown, with why, to those who check the records: auditors and administrators.</summary>
    public bool SeesDeleted => user.May(Permission.ReadAuditLog);

    public bool MayChange => user.May(Permission.Edit);

    /// <summary>A household's gallery holds its file's papers and its applications'; a grant's and a visit's hold their own.</summary>
    public async Task<IReadOnlyList<AttachmentView>> ListAsync(AttachmentOwner owner, CancellationToken ct = default)
    {
        await FactsAsync(owner, ct);
        var attachments = Of(owner);
        if (!SeesDeleted) attachments = attachments.Where(a => a.DeletedAt == null);
        return await attachments.AsNoTracking()
            .OrderByDescending(a => a.DocumentDate).ThenByDescending(a => a.Id)
            .Select(ToView(InEnglish))
            .ToListAsync(ct);
    }

    public async Task<ServiceResult<AttachmentUploaded>> UploadAsync(AttachmentUpload upload, CancellationToken ct = default)
    {
        user.Require(Permission.Edit);
        var owner = await FactsAsync(upload.Owner, ct);
        var validation = await uploadValidator.ValidateAsync(upload, ct);
        if (!validation.IsValid) return ServiceResult<AttachmentUploaded>.Failure(validation);
        if (owner.CampaignId is { } campaignId && await db.Campaigns.IsClosedAsync(campaignId, ct))
            return Refuse(messages["Attachment.CampaignClosed"]);
        if (!await db.AttachmentKinds.AnyAsync(k => k.Id == upload.KindId && !k.IsRetired, ct))
            return ServiceResult<AttachmentUploaded>.Failure(nameof(upload.KindId), messages["Attachment.KindRequired"]);

        if (await EarlierTryAsync(upload, ct) is { } earlier) return ServiceResult<AttachmentUploaded>.Success(new AttachmentUploaded(earlier, true));
        var prepared = await intake.PrepareAsync(upload.Content, ct);
        if (prepared.File is not { } file) return Refuse(messages[$"Attachment.Refused.{prepared.Problem}", prepared.Details]);
        if (await StoredBytesAsync(upload.Owner, owner, ct) + file.Content.LongLength > options.Value.MaxBytesPerHousehold)
            return Refuse(messages[$"Attachment.Refused.{IntakeProblem.HouseholdFull}", options.Value.MaxMegabytesPerHousehold]);

        var attachment = new Attachment
        {
            OrgUnitId = owner.OrgUnitId,
            HouseholdId = owner.HouseholdId,
            GrantId = upload.OwnerKind == AttachmentOwnerKind.Grant ? upload.OwnerId : null,
            VisitId = upload.OwnerKind == AttachmentOwnerKind.Visit ? upload.OwnerId : null,
            KindId = upload.KindId,
            DocumentDate = upload.DocumentDate ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            Note = upload.Note.TrimmedOrNull(),
            FileName = DisplayFileName.From(upload.FileName, messages["Attachment.UnnamedFile"]),
            MediaType = file.MediaType,
            ContentHash = Hash(file.Content),
            ThumbnailHash = file.Thumbnail is { } thumbnail ? Hash(thumbnail) : null,
            SourceHash = Hash(upload.Content),
            ClientUploadId = upload.ClientUploadId,
            Size = file.Content.LongLength,
            Width = file.Width,
            Height = file.Height,
            PageCount = file.PageCount,
            AddedBy = user.UserName,
            AddedAt = clock.GetUtcNow().UtcDateTime,
        };
        return ServiceResult<AttachmentUploaded>.Success(await SaveWithFilesAsync(attachment, file, ct));
    }

    /// <summary>The stored bytes, after an audit entry saying who opened what. A thumbnail exists for images only.</summary>
    public async Task<AttachmentContent> OpenAsync(int id, AttachmentVariant variant, CancellationToken ct = default)
    {
        var attachments = db.Attachments.AsNoTracking().Where(a => a.Id == id);
        if (!SeesDeleted) attachments = attachments.Where(a => a.DeletedAt == null);
        var found = await attachments.Select(a => new { a.OrgUnitId, a.ContentHash, a.ThumbnailHash, a.MediaType, a.FileName })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var hash = variant == AttachmentVariant.Thumbnail ? found.ThumbnailHash ?? throw new NotFoundException() : found.ContentHash;
        var content = store.Open(hash) ?? throw new NotFoundException();
        db.AuditEntries.Add(AttachmentAccess.Entry(user, clock, id, found.OrgUnitId, new Dictionary<string, object?> { ["Opened"] = variant.ToString() }));
        await db.SaveChangesAsync(ct);
        return new AttachmentContent(content, variant == AttachmentVariant.Thumbnail ? "image/jpeg" : found.MediaType, found.FileName, hash);
    }

    /// <summary>The attachment for the withdraw form; a withdrawn one is not found.</summary>
    public async Task<AttachmentView> GetAsync(int id, CancellationToken ct = default)
    {
        return await db.Attachments.AsNoTracking().Where(a => a.Id == id && a.DeletedAt == null)
            .Select(ToView(InEnglish))
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
    }

    /// <summary>The record an attachment belongs to, to go back to after withdrawing it.</summary>
    public async Task<AttachmentOwner> OwnerOfAsync(int id, CancellationToken ct = default)
    {
        var found = await db.Attachments.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.HouseholdId, a.GrantId, a.VisitId }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        return found.GrantId is { } grant ? AttachmentOwner.Grant(grant)
            : found.VisitId is { } visit ? AttachmentOwner.Visit(visit)
            : AttachmentOwner.Household(found.HouseholdId!.Value);
    }

    /// <summary>Withdraws an attachment: the row and the file stay, marked with who, when and why.</summary>
    public async Task<ServiceResult<int>> DeleteAsync(int id, AttachmentDeletion input, CancellationToken ct = default)
    {
        user.Require(Permission.Edit);
        var attachment = await db.Attachments.FirstOrDefaultAsync(a => a.Id == id && a.DeletedAt == null, ct) ?? throw new NotFoundException();
        var validation = await deletionValidator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        db.Entry(attachment).Property(a => a.Version).OriginalValue = input.Version;
        attachment.DeletedAt = clock.GetUtcNow().UtcDateTime;
        attachment.DeletedBy = user.UserName;
        attachment.DeletionReason = input.Reason.TrimmedOrNull();
        await db.SaveChangesOrConflictAsync(ct);
        return ServiceResult<int>.Success(id);
    }

    private static bool InEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private static Expression<Func<Attachment, AttachmentView>> ToView(bool english) => a => new AttachmentView(
        a.Id, a.KindId, english && a.Kind!.EnglishName != null ? a.Kind.EnglishName : a.Kind!.Name, a.DocumentDate, a.Note, a.FileName,
        a.MediaType, a.Size, a.PageCount, a.ThumbnailHash != null, a.GrantId, a.VisitId, a.AddedBy, a.AddedAt,
        a.DeletedAt, a.DeletedBy, a.DeletionReason, a.Version);

    private static ServiceResult<AttachmentUploaded> Refuse(string message) => ServiceResult<AttachmentUploaded>.Failure(nameof(AttachmentUpload.Content), message);

    private IQueryable<Attachment> Of(AttachmentOwner owner) => owner.Kind switch
    {
        AttachmentOwnerKind.Household => db.Attachments.Where(a => a.HouseholdId == owner.Id),
        AttachmentOwnerKind.Grant => db.Attachments.Where(a => a.GrantId == owner.Id),
        _ => db.Attachments.Where(a => a.VisitId == owner.Id),
    };

    /// <summary>The record's unit, household and campaign, read through the scope: a record the user cannot see is not found.</summary>
    private async Task<OwnerFacts> FactsAsync(AttachmentOwner owner, CancellationToken ct) => owner.Kind switch
    {
        AttachmentOwnerKind.Household => await db.Households.AsNoTracking().Where(h => h.Id == owner.Id)
            .Select(h => new OwnerFacts(h.OrgUnitId, h.Id, null)).FirstOrDefaultAsync(ct),
        AttachmentOwnerKind.Grant => await db.Grants.AsNoTracking().Where(g => g.Id == owner.Id)
            .Select(g => new OwnerFacts(g.OrgUnitId, g.HouseholdId, g.CampaignId)).FirstOrDefaultAsync(ct),
        AttachmentOwnerKind.Visit => await db.Visits.AsNoTracking().Where(v => v.Id == owner.Id)
            .Select(v => new OwnerFacts(v.OrgUnitId, null, v.CampaignId)).FirstOrDefaultAsync(ct),
        _ => null,
    } ?? throw new NotFoundException();

    /// <summary>The first try of a retried upload (same client id), or the same bytes already on the same record.</summary>
    private async Task<int?> EarlierTryAsync(AttachmentUpload upload, CancellationToken ct)
    {
        if (upload.ClientUploadId is { } clientId
            && await db.Attachments.OutsideUnitScope().Where(a => a.ClientUploadId == clientId).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct) is { } retried)
        {
            // A client id is the uploading page's own; one that names another record's file is a forgery or a bug.
            if (!await Of(upload.Owner).AnyAsync(a => a.Id == retried, ct)) throw new NotFoundException();
            return retried;
        }
        var sourceHash = Hash(upload.Content);
        return await Of(upload.Owner).Where(a => a.SourceHash == sourceHash && a.DeletedAt == null).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>What a household (with its applications) or a visit already keeps, withdrawn files included: they stay stored.</summary>
    private async Task<long> StoredBytesAsync(AttachmentOwner owner, OwnerFacts facts, CancellationToken ct) =>
        facts.HouseholdId is { } householdId
            ? await db.Attachments.Where(a => a.HouseholdId == householdId).SumAsync(a => a.Size, ct)
            : await db.Attachments.Where(a => a.VisitId == owner.Id).SumAsync(a => a.Size, ct);

    /// <summary>
    /// Writes the files, then the row. When the row cannot be saved, the files this call wrote are removed again (unless
    /// another row points at them), so a failed save leaves no orphan; a retry racing its first try gets the first.
    /// </summary>
    private async Task<AttachmentUploaded> SaveWithFilesAsync(Attachment attachment, PreparedFile file, CancellationToken ct)
    {
        var written = new List<string>(2);
        try
        {
            if (await store.PutAsync(attachment.ContentHash, file.Content, ct)) written.Add(attachment.ContentHash);
            if (attachment.ThumbnailHash is { } thumbnailHash && await store.PutAsync(thumbnailHash, file.Thumbnail!, ct)) written.Add(thumbnailHash);
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync(ct);
            // A failed upload of the same bytes (or the sweep) may have removed a file this call found already stored,
            // between finding it and this commit; the row is saved now, so the file is written again (IAttachmentStore.DeleteUnlessAsync).
            if (!store.Exists(attachment.ContentHash)) await store.PutAsync(attachment.ContentHash, file.Content, CancellationToken.None);
            if (attachment.ThumbnailHash is { } thumbnail && !store.Exists(thumbnail)) await store.PutAsync(thumbnail, file.Thumbnail!, CancellationToken.None);
            return new AttachmentUploaded(attachment.Id, false);
        }
        catch (Exception)
        {
            db.ChangeTracker.Clear();
            await RemoveUnreferencedAsync(written);
            if (attachment.ClientUploadId is { } clientId
                && await db.Attachments.AsNoTracking().Where(a => a.ClientUploadId == clientId).Select(a => (int?)a.Id).FirstOrDefaultAsync(CancellationToken.None) is { } first)
                return new AttachmentUploaded(first, true);
            throw;
        }
    }

    private async Task RemoveUnreferencedAsync(IReadOnlyCollection<string> hashes)
    {
        foreach (var hash in hashes)
            await store.DeleteUnlessAsync(hash, () => AttachmentSweeper.IsReferencedAsync(db, hash));
    }

    internal static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
