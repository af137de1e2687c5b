using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Pairing;
using Relief.Core.Features.ServiceEvents;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>The summary's 送服务 and 结对帮扶 figures: the campaign's events and pairings in the reader's scope, added up in SQL.</summary>
public static class OutreachFigures
{
    public static async Task<ServiceEventTotals> ServiceEventsAsync(ReliefDbContext db, ICurrentUser user, YearEndFigures.CampaignHeading campaign, CancellationToken ct) =>
        await db.ServiceEvents.AsNoTracking()
            .OfCampaign(db, campaign.Id, campaign.StartsOn, campaign.EndsOn, await UnitPathAsync(db, campaign.Id, ct))
            .TotalsAsync(db, ct);

    public static async Task<PairingTotals> PairingAsync(ReliefDbContext db, ICurrentUser user, YearEndFigures.CampaignHeading campaign, CancellationToken ct) =>
        await db.HelperPairings.AsNoTracking()
            .OfCampaign(db, campaign.Id, campaign.Year, await UnitPathAsync(db, campaign.Id, ct))
            .TotalsAsync(db, ct);

    private static Task<string> UnitPathAsync(ReliefDbContext db, int campaignId, CancellationToken ct) =>
        db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.OrgUnit!.Path).FirstAsync(ct);
}
