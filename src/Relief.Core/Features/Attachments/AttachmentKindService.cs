using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Attachments;

/// <summary>The list of paper kinds and the required-papers checklist: read by everyone, changed by an administrator.</summary>
public sealed class AttachmentKindService(
    ReliefDbContext db,
    ICurrentUser user,
    IValidator<AttachmentKindInput> validator,
    IStringLocalizer<CoreMessages> messages)
{
    /// <summary>The kinds in list order; retired ones only when asked (the administrator's list).</summary>
    public async Task<IReadOnlyList<AttachmentKind>> ListAsync(bool withRetired = false, CancellationToken ct = default) =>
        await db.AttachmentKinds.AsNoTracking().Where(k => withRetired || !k.IsRetired).OrderBy(k => k.SortOrder).ThenBy(k => k.Id).ToListAsync(ct);

    public async Task<ServiceResult<int>> AddAsync(AttachmentKindInput input, CancellationToken ct = default)
    {
        user.Require(Permission.Administer);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        var name = input.Name!.Trim();
        if (await db.AttachmentKinds.AnyAsync(k => k.Name == name, ct))
            return ServiceResult<int>.Failure(nameof(input.Name), messages["AttachmentKind.NameTaken", name]);
        var last = await db.AttachmentKinds.MaxAsync(k => (int?)k.SortOrder, ct) ?? 0;
        var kind = new AttachmentKind { Name = name, EnglishName = input.EnglishName.TrimmedOrNull(), SortOrder = last + 10 };
        db.AttachmentKinds.Add(kind);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Success(kind.Id);
    }

    /// <summary>Retires a kind (or brings it back): it leaves the upload form and the checklist, and attachments keep it.</summary>
    public async Task SetRetiredAsync(int id, bool retired, CancellationToken ct = default)
    {
        user.Require(Permission.Administer);
        var kind = await db.AttachmentKinds.FirstOrDefaultAsync(k => k.Id == id, ct) ?? throw new NotFoundException();
        kind.IsRetired = retired;
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<RequiredPaperLine>> ChecklistAsync(CancellationToken ct = default) =>
        (await db.RequiredPapers.AsNoTracking().Include(r => r.AttachmentKind).ToListAsync(ct))
            .OrderBy(r => r.GrantKind.HasValue).ThenBy(r => r.Category.HasValue).ThenBy(r => r.GrantKind).ThenBy(r => r.Category).ThenBy(r => r.AttachmentKind!.SortOrder)
            .Select(r => new RequiredPaperLine(r.Id, r.AttachmentKind!, r.Category, r.GrantKind)).ToList();

    public async Task<ServiceResult<int>> RequireAsync(RequiredPaperInput input, CancellationToken ct = default)
    {
        user.Require(Permission.Administer);
        if (!await db.AttachmentKinds.AnyAsync(k => k.Id == input.KindId && !k.IsRetired, ct))
            return ServiceResult<int>.Failure(nameof(input.KindId), messages["Attachment.KindRequired"]);
        if (input.Category is not null && input.GrantKind is not null)
            return ServiceResult<int>.Failure(nameof(input.GrantKind), messages["RequiredPaper.CategoryOrGrantKind"]);
        if (await db.RequiredPapers.AnyAsync(r => r.AttachmentKindId == input.KindId && r.Category == input.Category && r.GrantKind == input.GrantKind, ct))
            return ServiceResult<int>.Failure(nameof(input.KindId), messages["RequiredPaper.AlreadyListed"]);
        var line = new RequiredPaper { AttachmentKindId = input.KindId, Category = input.Category, GrantKind = input.GrantKind };
        db.RequiredPapers.Add(line);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Success(line.Id);
    }

    public async Task RemoveRequirementAsync(int id, CancellationToken ct = default)
    {
        user.Require(Permission.Administer);
        var line = await db.RequiredPapers.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException();
        db.RequiredPapers.Remove(line);
        await db.SaveChangesAsync(ct);
    }
}
