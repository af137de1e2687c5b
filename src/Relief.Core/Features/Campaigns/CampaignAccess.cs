using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Campaigns;

/// <summary>
/// The gate every workflow command passes first: the campaign must be visible, the user must be allowed to change
/// things (auditors read only), and a closed campaign is read-only whatever the screen.
/// </summary>
public sealed class CampaignAccess(ReliefDbContext db, ICurrentUser user, IStringLocalizer<CoreMessages> messages)
{
    /// <summary>Officers, chairs and administrators enter and change records; auditors only read.</summary>
    public bool MayChange => user.May(Permission.Edit);

    /// <summary>Committee decisions, objection outcomes and campaign status are the chair's.</summary>
    public bool MayDecide => user.May(Permission.Decide);

    /// <summary>Campaign status changes are leadership acts: the chair, or the administrator setting the system up.</summary>
    public bool MayChangeStatus => user.May(Permission.ChangeCampaignStatus);

    public async Task<CampaignState> FindAsync(int campaignId, CancellationToken ct) =>
        await db.Campaigns.AsNoTracking()
            .Where(c => c.Id == campaignId)
            .Select(c => new CampaignState(c.Id, c.Name, c.Status, c.OrgUnitId, c.OrgUnit!.Path, c.StartsOn, c.EndsOn))
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();

    /// <summary>Why the user may not change anything in this campaign now, or null when they may.</summary>
    public async Task<string?> RefusalAsync(int campaignId, CancellationToken ct)
    {
        var campaign = await FindAsync(campaignId, ct);
        if (!MayChange) return messages["Access.ReadOnly"];
        return campaign.Status == CampaignStatus.Closed ? messages["Campaign.IsClosed", campaign.Name].Value : null;
    }

    /// <summary>As <see cref="RefusalAsync"/>, and the campaign must be organized by the user's unit or one below it (its money and rules are theirs).</summary>
    public async Task<string?> OrganizerRefusalAsync(int campaignId, CancellationToken ct)
    {
        if (await RefusalAsync(campaignId, ct) is { } refusal) return refusal;
        var scope = user.ScopePath;
        var organizes = await db.Campaigns.AnyAsync(c => c.Id == campaignId && c.OrgUnit!.Path.StartsWith(scope), ct);
        return organizes ? null : messages["Campaign.OrganizerOnly"].Value;
    }

    public string ReadOnlyMessage => messages["Access.ReadOnly"];
}
