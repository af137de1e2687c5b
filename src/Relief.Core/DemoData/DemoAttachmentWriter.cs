using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Attachments;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Visits;
using Relief.Core.Reports.YearEndSummary.Photos;

namespace Relief.Core.DemoData;

/// <summary>
/// Papers and photos for the running campaign, so a newcomer sees the feature at once: two photos of the first home
/// visit in 丽水, and on the first two 丽水 applicants' records a signed application (a PDF) and an authorization
/// photographed on a desk. The second applicant's authorization is left out on purpose: the file and the committee
/// agenda then show a paper missing. Images go through the same re-encoding as uploads.
/// </summary>
public sealed class DemoAttachmentWriter(ReliefDbContext db, IAttachmentStore store, DemoUnits units, DemoStaff staff)
{
    private readonly string _officer = staff.Officer.DisplayName ?? staff.Officer.UserName!;

    public async Task WriteAsync(Campaign current, CancellationToken ct)
    {
        var lishui = units.LishuiBranch.Id;
        Attachment? chosen = null;
        var visit = await db.Visits.Where(v => v.CampaignId == current.Id && v.OrgUnitId == lishui && v.Kind == VisitKind.Home)
            .OrderBy(v => v.VisitedOn).ThenBy(v => v.Id).FirstOrDefaultAsync(ct);
        if (visit is not null)
        {
            var doorway = new Attachment { OrgUnitId = lishui, VisitId = visit.Id, KindId = AttachmentKinds.VisitPhoto, DocumentDate = visit.VisitedOn, Note = "登门慰问，送上米、油和慰问金", FileName = "IMG_0118_1.jpg", ContentHash = "", SourceHash = "", MediaType = "" };
            await AddImageAsync(doorway, DemoPictures.DoorwayVisit(1), ct);
            await AddImageAsync(new Attachment { OrgUnitId = lishui, VisitId = visit.Id, KindId = AttachmentKinds.VisitPhoto, DocumentDate = visit.VisitedOn, Note = "与户主及家属合影", FileName = "IMG_0118_2.jpg", ContentHash = "", SourceHash = "", MediaType = "" },
                DemoPictures.DoorwayVisit(2), ct);
            chosen = doorway;
        }
        var applicants = await db.Grants.Where(g => g.CampaignId == current.Id && g.OrgUnitId == lishui)
            .OrderBy(g => g.HouseholdId).ThenBy(g => g.Id)
            .Select(g => new { g.Id, g.HouseholdId, g.AppliedOn, g.Reason, Name = g.Household!.Name, Unit = g.OrgUnit!.Name })
            .Take(2).ToListAsync(ct);
        for (var i = 0; i < applicants.Count; i++)
        {
            var a = applicants[i];
            var form = DemoApplicationForm.Create(a.Name, a.Unit, a.Reason.TrimEnd('。') + "。", a.AppliedOn);
            await AddPdfAsync(new Attachment { OrgUnitId = lishui, HouseholdId = a.HouseholdId, GrantId = a.Id, KindId = AttachmentKinds.Application, DocumentDate = a.AppliedOn, FileName = $"{a.Name}-申请书.pdf", ContentHash = "", SourceHash = "", MediaType = "" },
                form, ct);
            if (i == 0)
            {
                await AddImageAsync(new Attachment { OrgUnitId = lishui, HouseholdId = a.HouseholdId, KindId = AttachmentKinds.EconomicCheckAuthorization, DocumentDate = a.AppliedOn, Note = "户主签字，家属代签", FileName = "IMG_0106.jpg", ContentHash = "", SourceHash = "", MediaType = "" },
                    DemoPictures.PaperOnDesk(0), ct);
            }
        }
        await db.SaveChangesAsync(ct);
        if (chosen is not null)
        {
            // The Chair has put the first visit photo on the summary's 走访剪影 page; the second is there to be chosen.
            db.SummaryPhotos.Add(new SummaryPhoto
            {
                CampaignId = current.Id, AttachmentId = chosen.Id, Position = 1, Caption = "丽水供电分工会登门慰问困难职工家庭",
                ChosenBy = staff.Chair.UserName, ChosenAt = chosen.AddedAt,
            });
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task AddImageAsync(Attachment attachment, byte[] photo, CancellationToken ct)
    {
        var prepared = ImageNormalizer.Normalize(photo, SniffedType.Jpeg, long.MaxValue).File
            ?? throw new InvalidOperationException("A demo picture could not be re-encoded.");
        attachment.ThumbnailHash = await PutAsync(prepared.Thumbnail!, ct);
        attachment.Width = prepared.Width;
        attachment.Height = prepared.Height;
        await AddAsync(attachment, photo, prepared, ct);
    }

    private async Task AddPdfAsync(Attachment attachment, byte[] pdf, CancellationToken ct)
    {
        var prepared = PdfInspector.Inspect(pdf).File ?? throw new InvalidOperationException("A demo PDF did not open.");
        attachment.PageCount = prepared.PageCount;
        await AddAsync(attachment, pdf, prepared, ct);
    }

    private async Task AddAsync(Attachment attachment, byte[] source, PreparedFile prepared, CancellationToken ct)
    {
        attachment.ContentHash = await PutAsync(prepared.Content, ct);
        attachment.SourceHash = Convert.ToHexStringLower(SHA256.HashData(source));
        attachment.MediaType = prepared.MediaType;
        attachment.Size = prepared.Content.LongLength;
        attachment.AddedBy = _officer;
        attachment.AddedAt = attachment.DocumentDate.ToDateTime(new TimeOnly(2, 30), DateTimeKind.Utc);
        db.Attachments.Add(attachment);
    }

    private async Task<string> PutAsync(byte[] content, CancellationToken ct)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        await store.PutAsync(hash, content, ct);
        return hash;
    }
}
