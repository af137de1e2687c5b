using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.Notices;

/// <summary>Reads of objections across the notices in the user's scope; the changes are <see cref="ObjectionService"/>'s.</summary>
public sealed class ObjectionQuery(ReliefDbContext db)
{
    /// <summary>The objections still open in one campaign, oldest first.</summary>
    public async Task<IReadOnlyList<OpenObjection>> OpenAsync(int campaignId, CancellationToken ct = default)
    {
        var notices = db.PublicNotices.AsNoTracking().Where(n => n.CampaignId == campaignId);
        var rows = await db.Objections.AsNoTracking()
            .Where(o => o.Outcome == ObjectionOutcome.Open && notices.Any(n => n.Id == o.PublicNoticeId))
            .OrderBy(o => o.ReceivedOn).ThenBy(o => o.Id)
            .Select(o => new
            {
                o.Id, o.PublicNoticeId, o.ReceivedOn, o.RaisedBy, o.Content,
                Notice = notices.Where(n => n.Id == o.PublicNoticeId).Select(n => new { n.Title, n.EndsOn, n.MaskNames }).First(),
                Name = db.NoticeItems.Where(i => i.PublicNoticeId == o.PublicNoticeId && i.GrantId == o.GrantId).Select(i => i.HouseholdName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new OpenObjection(r.Id, r.PublicNoticeId, r.Notice.Title, r.Notice.EndsOn,
                r.Name is null ? null : r.Notice.MaskNames ? NameMask.Mask(r.Name) : r.Name, r.ReceivedOn, r.RaisedBy, r.Content))
            .ToList();
    }

    /// <summary>The notice an objection was raised against; <see cref="NotFoundException"/> outside the user's scope.</summary>
    public async Task<int> NoticeIdAsync(int objectionId, CancellationToken ct = default)
    {
        var notices = db.PublicNotices.AsNoTracking();
        return await db.Objections.AsNoTracking().Where(o => o.Id == objectionId && notices.Any(n => n.Id == o.PublicNoticeId))
            .Select(o => (int?)o.PublicNoticeId).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
    }
}
