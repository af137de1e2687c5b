using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.DemoData;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Notices;
using Relief.Core.Features.Visits;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.DemoData;

/// <summary>
/// The demo moved into the present, as the app seeds it: this season's campaign runs today, the earlier one closed
/// before it began, concerns fall due around today, visits lie inside their campaign, notices keep their weekdays.
/// Every expectation is computed from today.
/// </summary>
public sealed class DemoInThePresentTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private static DateOnly Today => DateOrder.Today(TimeProvider.System);

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _database.CurrentUser.Acting = SystemActor.For("test set-up");
        await _database.InScopeAsync(sp => sp.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None, inThePresent: true));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<T> Query<T>(Func<ReliefDbContext, Task<T>> query) => _database.InScopeAsync(sp => query(sp.GetRequiredService<ReliefDbContext>()));

    [Fact]
    public async Task This_seasons_campaign_runs_today_and_the_earlier_one_closed_before_it()
    {
        var campaigns = await Query(db => db.Campaigns.AsNoTracking().OrderBy(c => c.StartsOn).ToListAsync());
        var (previous, current) = (campaigns[0], campaigns[1]);

        Assert.Equal(CampaignStatus.Active, current.Status);
        Assert.True(DateOrder.IsInPeriod(Today, current.StartsOn, current.EndsOn), $"{current.StartsOn}–{current.EndsOn} around {Today}");
        Assert.Equal(CampaignStatus.Closed, previous.Status);
        Assert.True(previous.EndsOn < current.StartsOn);
        Assert.Equal(current.EndsOn.Year, current.Year);
        Assert.Equal($"{current.Year}年元旦春节送温暖活动", current.Name);
        Assert.Equal($"{current.Year - 1}年元旦春节送温暖活动", previous.Name);
    }

    [Fact]
    public async Task Concerns_fall_due_around_today_and_visits_lie_inside_their_campaign()
    {
        var open = await Query(db => db.Concerns.AsNoTracking().Where(c => c.Status != ConcernStatus.Resolved).Select(c => c.DueOn).ToListAsync());
        Assert.NotEmpty(open);
        Assert.All(open, due => Assert.InRange(due, Today.AddDays(-45), Today.AddDays(60)));

        var visits = await Query(db => db.Visits.AsNoTracking().Where(v => v.CampaignId != null)
            .Select(v => new { v.VisitedOn, Campaign = db.Campaigns.Where(c => c.Id == v.CampaignId).Select(c => new { c.StartsOn, c.EndsOn }).First() })
            .ToListAsync());
        Assert.NotEmpty(visits);
        Assert.All(visits, v => Assert.True(DateOrder.IsInPeriod(v.VisitedOn, v.Campaign.StartsOn, v.Campaign.EndsOn)));
        Assert.All(visits, v => Assert.True(v.VisitedOn <= Today));
    }

    [Fact]
    public async Task Dates_move_by_whole_weeks_so_notices_keep_their_working_days()
    {
        var days = DemoTimeShift.DaysTo(Today);
        Assert.Equal(0, days % 7);
        var notices = await Query(db => db.PublicNotices.AsNoTracking().Select(n => new { n.PostedOn, n.EndsOn, n.Status }).ToListAsync());
        Assert.Contains(notices, n => n.Status == NoticeStatus.Posted && n.EndsOn >= Today.AddDays(-7));
        Assert.All(notices, n => Assert.True(n.EndsOn >= WorkingDays.EndOfPeriod(n.PostedOn, new NoticeOptions())));
        var movedAudit = await Query(db => db.AuditEntries.AsNoTracking().CountAsync(a => a.Entity == "DemoData"));
        Assert.Equal(1, movedAudit);
    }
}
