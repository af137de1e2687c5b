using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;

namespace Relief.Core.Features.Hotline;

public static class HotlineQueries
{
    /// <summary>
    /// The campaign's published hotline, or null when none is set. Not scope-filtered: the number is printed for
    /// everyone to call; callers check the campaign (or the notice, the letter) first.
    /// </summary>
    public static Task<HotlineLine?> HotlineOfAsync(this ReliefDbContext db, int campaignId, CancellationToken ct) =>
        db.CampaignHotlines.AsNoTracking().Where(h => h.CampaignId == campaignId)
            .Select(h => new HotlineLine(h.PhoneNumber, h.DutyHours, h.HoursPerDay))
            .FirstOrDefaultAsync(ct);
}
