using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Notices;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Hosting;

/// <summary>
/// The background closer: an app started on a database with an ended notice (no objection open) closes it before
/// answering, and its grants become payable; a notice whose period still runs, or with an objection open, stays posted.
/// </summary>
public sealed class NoticeCloserTests : IDisposable
{
    private readonly WebTestStore _store = new();

    private sealed class SharedStoreFactory(WebTestStore store) : ReliefWebFactory(store);

    [Fact]
    public async Task Ended_notices_close_at_start_up_and_running_or_objected_ones_do_not()
    {
        int ended, running, objected;
        List<int> endedGrants;
        using (var first = new SharedStoreFactory(_store))
        {
            await using var scope = first.Services.CreateSystemScope("test set-up");
            var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
            // The demo's second notice has an objection open: the first start left it posted, ended or not.
            objected = await db.PublicNotices.Where(n => n.Status == NoticeStatus.Posted && n.Objections.Any(o => o.Outcome == ObjectionOutcome.Open))
                .Select(n => n.Id).SingleAsync();
            var campaignId = await db.PublicNotices.Where(n => n.Id == objected).Select(n => n.CampaignId).SingleAsync();
            var unitId = await db.PublicNotices.Where(n => n.Id == objected).Select(n => n.OrgUnitId).SingleAsync();
            var approved = await db.Grants.Include(g => g.Household).Include(g => g.OrgUnit)
                .Where(g => g.CampaignId == campaignId && g.Status == GrantStatus.Approved).OrderBy(g => g.Id).Take(2).ToListAsync();
            Assert.Equal(2, approved.Count);
            var today = first.Today();
            var endedNotice = NoticeOf(campaignId, unitId, today.AddDays(-20), today.AddDays(-10), approved[0]);
            var runningNotice = NoticeOf(campaignId, unitId, today, today.AddDays(10), approved[1]);
            db.PublicNotices.AddRange(endedNotice, runningNotice);
            await db.SaveChangesAsync();
            (ended, running, endedGrants) = (endedNotice.Id, runningNotice.Id, [approved[0].Id]);
        }

        using var second = new SharedStoreFactory(_store);
        second.CreateClient().Dispose();
        await using var check = second.Services.CreateSystemScope("test set-up");
        var after = check.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var statuses = await after.PublicNotices.Where(n => n.Id == ended || n.Id == running || n.Id == objected).ToDictionaryAsync(n => n.Id, n => n.Status);
        Assert.Equal(NoticeStatus.Closed, statuses[ended]);
        Assert.Equal(NoticeStatus.Posted, statuses[running]);
        Assert.Equal(NoticeStatus.Posted, statuses[objected]);
        Assert.True(await after.Grants.Where(g => endedGrants.Contains(g.Id)).AllAsync(g => g.Status == GrantStatus.Payable));
        Assert.True(await after.Grants.Where(g => g.Status == GrantStatus.OnNotice && after.NoticeItems.Any(i => i.PublicNoticeId == running && i.GrantId == g.Id)).AnyAsync());
    }

    private static PublicNotice NoticeOf(int campaignId, int unitId, DateOnly postedOn, DateOnly endsOn, Grant grant)
    {
        grant.Status = GrantStatus.OnNotice;
        var notice = new PublicNotice
        {
            CampaignId = campaignId, OrgUnitId = unitId, Title = "后台结束测试", PostedOn = postedOn, EndsOn = endsOn,
            Status = NoticeStatus.Posted, MaskNames = true, CreatedAt = DateTime.UtcNow,
        };
        notice.Items.Add(new NoticeItem
        {
            GrantId = grant.Id, HouseholdName = grant.Household!.Name, UnitName = grant.OrgUnit!.Name, Category = grant.Category, Kind = grant.Kind, Amount = grant.TotalAmount,
        });
        return notice;
    }

    public void Dispose() => _store.Dispose();
}
