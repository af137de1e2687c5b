using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Attachments;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Reports.YearEndSummary.Photos;

/// <summary>
/// 走访剪影: the visit photos a Chair of the organizing unit (or one above it) chooses for the campaign's year-end
/// summary, with captions. Only the campaign's own visit photos that are not withdrawn can be chosen; every reader of
/// the summary gets the chosen photos their scope covers; each photo a printed summary carries is audited as opened.
/// </summary>
public sealed class SummaryPhotoService(
    ReliefDbContext db, ICurrentUser user, CampaignAccess access, IAttachmentStore store, IValidator<SummaryPhotosInput> validator,
    IStringLocalizer<CoreMessages> messages, TimeProvider clock)
{
    public async Task<SummaryPhotoChoice> GetAsync(int campaignId, PageRequest page, CancellationToken ct = default)
    {
        var campaign = await access.FindAsync(campaignId, ct);
        var chosen = await Candidates(campaignId).Where(c => c.Position != null).OrderBy(c => c.Position).ToListAsync(ct);
        var others = await Candidates(campaignId).Where(c => c.Position == null)
            .OrderByDescending(c => c.TakenOn).ThenByDescending(c => c.AttachmentId).ToPageAsync(page, ct);
        return new SummaryPhotoChoice(campaign, chosen, others, await VersionAsync(campaignId, ct), MayChoose(campaign));
    }

    /// <summary>Replaces the campaign's choice with <paramref name="input"/>, in its order; a choice changed since <see cref="SummaryPhotosInput.BasedOn"/> is a conflict.</summary>
    public async Task<ServiceResult<int>> SaveAsync(int campaignId, SummaryPhotosInput input, CancellationToken ct = default)
    {
        user.Require(Permission.Decide);
        var campaign = await access.FindAsync(campaignId, ct);
        if (!MayChoose(campaign)) throw new UnauthorizedAccessException($"{user.UserName} does not organize campaign {campaignId}.");
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);

        var wanted = input.Photos.Select(p => p.AttachmentId).ToList();
        var eligible = await Candidates(campaignId).Where(c => wanted.Contains(c.AttachmentId)).Select(c => c.AttachmentId).ToListAsync(ct);
        var refused = input.Photos.Select((p, i) => (p, i)).Where(x => !eligible.Contains(x.p.AttachmentId))
            .Select(x => new ValidationFailure($"{nameof(input.Photos)}[{x.i}]", messages["SummaryPhotos.NotThisCampaign"])).ToList();
        if (refused.Count > 0) return ServiceResult<int>.Failure(new ValidationResult(refused));

        var rows = await db.SummaryPhotos.Where(p => p.CampaignId == campaignId).ToListAsync(ct);
        if (!string.Equals(Version(rows), input.BasedOn, StringComparison.Ordinal)) throw new ConcurrencyConflictException();
        // A chosen photo the Chair cannot see (an upper Chair chose it from outside this scope) is kept as it is, and counts.
        var visible = await db.Attachments.Where(a => rows.Select(r => r.AttachmentId).Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        var kept = rows.Where(r => !visible.Contains(r.AttachmentId)).ToList();
        if (kept.Count + input.Photos.Count > SummaryPhotoRules.MaxPhotos)
            return ServiceResult<int>.Failure(nameof(input.Photos), messages["SummaryPhotos.TooManyWithHidden", SummaryPhotoRules.MaxPhotos, kept.Count]);

        var now = clock.GetUtcNow().UtcDateTime;
        db.SummaryPhotos.RemoveRange(rows.Where(r => visible.Contains(r.AttachmentId) && !wanted.Contains(r.AttachmentId)));
        var position = kept.Count == 0 ? 0 : kept.Max(r => r.Position);
        foreach (var line in input.Photos)
        {
            var row = rows.FirstOrDefault(r => r.AttachmentId == line.AttachmentId);
            if (row is null)
            {
                row = new SummaryPhoto { CampaignId = campaignId, AttachmentId = line.AttachmentId, Caption = "", ChosenBy = user.UserName, ChosenAt = now };
                db.SummaryPhotos.Add(row);
            }
            row.Position = ++position;
            row.Caption = line.Caption!.Trim();
        }
        // Positions are unique per campaign only once every row has its new one; no index holds them, so order is free.
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Success(input.Photos.Count);
    }

    /// <summary>
    /// The chosen photos the reader's scope covers, framed for print, in page order. Each is audited as opened for the
    /// summary, as opening it in the gallery is. A photo whose file is missing is left out (and logged by the sweep's owner).
    /// </summary>
    public async Task<IReadOnlyList<PrintedPhoto>> ForPrintAsync(int campaignId, CancellationToken ct = default)
    {
        var chosen = await Candidates(campaignId).Where(c => c.Position != null).OrderBy(c => c.Position)
            .Join(db.Attachments, c => c.AttachmentId, a => a.Id, (c, a) => new { c.AttachmentId, a.OrgUnitId, a.ContentHash, c.Caption, c.UnitName, c.TakenOn })
            .ToListAsync(ct);
        var printed = new List<PrintedPhoto>(chosen.Count);
        foreach (var photo in chosen)
        {
            await using var stored = store.Open(photo.ContentHash);
            if (stored is null || PhotoFrame.Fit(stored) is not { } jpeg) continue;
            printed.Add(new PrintedPhoto(jpeg, photo.Caption!, photo.UnitName, photo.TakenOn));
            db.AuditEntries.Add(AttachmentAccess.Entry(user, clock, photo.AttachmentId, photo.OrgUnitId,
                new Dictionary<string, object?> { ["Opened"] = "YearEndSummary", ["CampaignId"] = campaignId }));
        }
        if (printed.Count > 0) await db.SaveChangesAsync(ct);
        return printed;
    }

    private bool MayChoose(CampaignState campaign) => user.May(Permission.Decide) && campaign.OrgUnitPath.StartsWith(user.ScopePath, StringComparison.Ordinal);

    /// <summary>The campaign's visit photos in scope that are not withdrawn, with their place in the choice if chosen.</summary>
    private IQueryable<SummaryPhotoCandidate> Candidates(int campaignId) =>
        from a in db.Attachments.AsNoTracking()
        join v in db.Visits.AsNoTracking() on a.VisitId equals v.Id
        join u in db.OrgUnits.AsNoTracking() on v.OrgUnitId equals u.Id
        where v.CampaignId == campaignId && a.DeletedAt == null && a.MediaType.StartsWith("image/")
        from p in db.SummaryPhotos.Where(p => p.CampaignId == campaignId && p.AttachmentId == a.Id).DefaultIfEmpty()
        select new SummaryPhotoCandidate
        {
            AttachmentId = a.Id, VisitId = v.Id, TakenOn = a.DocumentDate, UnitName = u.Name, Note = a.Note,
            Position = p == null ? null : p.Position, Caption = p == null ? null : p.Caption,
        };

    private async Task<string> VersionAsync(int campaignId, CancellationToken ct) =>
        Version(await db.SummaryPhotos.AsNoTracking().Where(p => p.CampaignId == campaignId).ToListAsync(ct));

    /// <summary>The whole choice, hidden rows included, as a short hash: any change to it changes the version.</summary>
    private static string Version(IEnumerable<SummaryPhoto> rows)
    {
        var text = string.Join('\n', rows.OrderBy(r => r.AttachmentId).Select(r => FormattableString.Invariant($"{r.AttachmentId}\t{r.Position}\t{r.Caption}")));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
