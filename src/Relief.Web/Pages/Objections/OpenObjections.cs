using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Notices;

namespace Relief.Web.Pages.Objections;

/// <summary>
/// The objections still open in one campaign, oldest first, across the notices in the user's scope; names as the
/// notice shows them (masked when it masks). A small read beside the page until the objection service lists them.
/// </summary>
public static class OpenObjections
{
    public sealed record Item(int Id, int NoticeId, string NoticeTitle, DateOnly EndsOn, string? ListedName, DateOnly ReceivedOn, string? RaisedBy, string Content);

    public static async Task<IReadOnlyList<Item>> LoadAsync(ReliefDbContext db, ICurrentUser user, int campaignId, CancellationToken ct)
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
        return rows.Select(r => new Item(r.Id, r.PublicNoticeId, r.Notice.Title, r.Notice.EndsOn,
                r.Name is null ? null : r.Notice.MaskNames ? NameMask.Mask(r.Name) : r.Name, r.ReceivedOn, r.RaisedBy, r.Content))
            .ToList();
    }
}
