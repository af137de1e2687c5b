using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Visits;
using Relief.Core.Reports.YearEndSummary;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Reports;

/// <summary>Each figure of the summary against a plain query written the obvious way (rows loaded and counted in memory).</summary>
public sealed class YearEndQueryTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private int _campaign;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        _campaign = await _database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().Campaigns.OrderByDescending(c => c.StartsOn).Select(c => c.Id).FirstAsync());
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Figures_equal_direct_queries_on_the_demo_data()
    {
        var figures = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().GetAsync(_campaign));
        await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var grants = await db.Grants.Include(g => g.Household).Where(g => g.CampaignId == _campaign).ToListAsync();
            var paid = grants.Where(g => g.Status == GrantStatus.Disbursed).ToList();
            var visits = await db.Visits.Include(v => v.Households).Include(v => v.Visitors).Where(v => v.CampaignId == _campaign).ToListAsync();
            var funds = await db.FundSources.Where(f => f.CampaignId == _campaign).ToListAsync();

            Assert.Equal(grants.Count, figures.Applications);
            Assert.Equal(paid.Select(g => g.HouseholdId).Distinct().Count(), figures.HouseholdsHelped);
            Assert.Equal(paid.Sum(g => g.CashAmount), figures.CashTotal);
            Assert.Equal(paid.Sum(g => g.InKindValue), figures.InKindTotal);
            Assert.Equal(funds.Sum(f => f.Amount), figures.FundsRaised);
            Assert.Equal(funds.Sum(f => f.Spent), figures.FundsSpent);
            Assert.Equal(funds.Sum(f => f.Amount - f.Spent), figures.FundsBalance);
            Assert.Equal(funds.Sum(f => f.Committed), figures.FundsCommitted);
            Assert.Equal(funds.Sum(f => f.Amount - f.Committed - f.Spent), figures.FundsFree);
            foreach (var line in figures.Categories)
            {
                var ofCategory = paid.Where(g => g.Category == line.Category).ToList();
                Assert.Equal(ofCategory.Select(g => g.HouseholdId).Distinct().Count(), line.Households);
                Assert.Equal(ofCategory.Sum(g => g.CashAmount), line.Cash);
            }
            Assert.Equal(paid.Select(g => g.Category).Distinct().Count(), figures.Categories.Count);
            Assert.Equal(paid.Where(g => g.Kind == GrantKind.HolidayCondolence).Sum(g => g.TotalAmount), figures.CondolenceAmount);
            var approved = grants.Where(g => g.Status is GrantStatus.Approved or GrantStatus.OnNotice or GrantStatus.Payable or GrantStatus.Disbursed).ToList();
            Assert.Equal(approved.Count, figures.ApprovedGrants);
            Assert.Equal(approved.Select(g => g.Household!.IdNumberHash).Distinct().Count(), figures.ApprovedPeople);
            Assert.Equal(visits.SelectMany(v => v.Households).Select(h => h.HouseholdId).Distinct().Count(), figures.HouseholdsVisited);
            foreach (var kind in figures.VisitKinds)
            {
                var ofKind = visits.Where(v => v.Kind == kind.Kind).ToList();
                Assert.Equal(ofKind.Count, kind.Visits);
                Assert.Equal(ofKind.SelectMany(v => v.Households).Select(h => h.HouseholdId).Distinct().Count(), kind.Households);
            }
            Assert.Equal(visits.SelectMany(v => v.Visitors).Where(x => x.IsLeader).Select(x => x.Name).Distinct().Count(), figures.LeadersTakingPart);
            Assert.Equal(visits.SelectMany(v => v.Visitors).Select(x => x.Name).Distinct().Count(), figures.VisitorsTakingPart);
            Assert.Equal(await db.CommitteeMeetings.CountAsync(m => m.CampaignId == _campaign), figures.CommitteeMeetings);
            Assert.True(figures.Regions.Count >= 2);
            Assert.True(figures.HouseholdsHelped > 0 && figures.VisitKinds.Count == 6);
            return true;
        });
    }

    [Fact]
    public async Task Every_figure_equals_a_direct_query_even_those_the_demo_data_leaves_at_zero()
    {
        // The demo data has no file added during the campaign, nobody out of hardship and no upheld objection: make one of each.
        await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var campaign = await db.Campaigns.SingleAsync(c => c.Id == _campaign);
            var households = await db.Households.OrderBy(h => h.Id).Take(2).ToListAsync();
            households[0].CreatedAt = campaign.StartsOn.AddDays(3).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
            db.HouseholdStatusChanges.Add(new Features.Households.HouseholdStatusChange
            {
                HouseholdId = households[1].Id, FromStatus = Features.Households.HouseholdStatus.Active, ToStatus = Features.Households.HouseholdStatus.OutOfHardship,
                Reason = "家属就业，收入稳定", EffectiveOn = campaign.StartsOn.AddDays(5), RecordedAt = DateTime.UtcNow,
            });
            var objection = await db.Objections.FirstAsync(o => o.Outcome == Features.Notices.ObjectionOutcome.Open);
            objection.Outcome = Features.Notices.ObjectionOutcome.Upheld;
            return await db.SaveChangesAsync();
        });

        var actual = await AssertEqualToDirectQueriesAsync(_campaign);
        // Not a comparison of zeros: every kind of figure has something to count.
        Assert.All(new[] { actual.FilesAdded, actual.OutOfHardship, actual.ObjectionsUpheld, actual.ObjectionsDismissed, actual.HouseholdsSurveyed,
            actual.FilesAdjusted, actual.ExtremeHouseholdsOnFile, actual.ExtremeHouseholdsVisited, actual.CondolenceRecipients, actual.HardshipEmployees,
            actual.Notices, actual.ConcernsResolved, actual.LeadersTakingPart, actual.Kinds.Count, actual.Regions.Count, actual.Concerns.Count }, n => Assert.True(n > 0));
        Assert.True(actual.ExtremeHouseholdAverage > 0 && actual.InKindTotal > 0 && actual.VisitorsTakingPart > actual.LeadersTakingPart && actual.NoticedPeople > 0);
    }

    [Fact]
    public async Task The_previous_campaign_of_the_same_season_is_found_and_an_empty_campaign_gives_zeros()
    {
        var previous = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().PreviousCampaignIdAsync(_campaign));
        Assert.NotNull(previous);

        var empty = await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var template = await db.Campaigns.AsNoTracking().FirstAsync(c => c.Id == _campaign);
            var campaign = new Features.Campaigns.Campaign
            {
                Name = "空活动", Year = 2030, Season = Features.Campaigns.Season.SummerCooling, OrgUnitId = template.OrgUnitId,
                StartsOn = new DateOnly(2030, 7, 1), EndsOn = new DateOnly(2030, 8, 1), CreatedAt = DateTime.UtcNow,
            };
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            return await sp.GetRequiredService<YearEndQuery>().GetAsync(campaign.Id);
        });
        Assert.Equal(0, empty.Applications);
        Assert.Equal(0m, empty.CashTotal);
        Assert.Empty(empty.Categories);
        Assert.Null(empty.FirstNoticeDate);
    }

    [Theory]
    [InlineData("chair")]
    [InlineData("officer")]
    public async Task Every_figure_equals_a_direct_query_for_a_scope_below_the_root(string userName)
    {
        _database.CurrentUser.Acting = await ReaderAsync(userName);
        var figures = await AssertEqualToDirectQueriesAsync(_campaign);
        Assert.True(figures.Applications > 0 && figures.HouseholdsHelped > 0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("chair")]
    [InlineData("officer")]
    public async Task The_previous_campaign_s_figures_equal_direct_queries(string? userName)
    {
        if (userName is not null) _database.CurrentUser.Acting = await ReaderAsync(userName);
        var previous = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().PreviousCampaignIdAsync(_campaign));
        Assert.NotNull(previous);
        var figures = await AssertEqualToDirectQueriesAsync(previous.Value);
        Assert.True(figures.Applications > 0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("chair")]
    [InlineData("officer")]
    public async Task The_comparison_with_the_previous_campaign_states_the_same_figures_as_its_full_figures(string? userName)
    {
        if (userName is not null) _database.CurrentUser.Acting = await ReaderAsync(userName);
        var previous = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().PreviousCampaignIdAsync(_campaign));
        var full = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().GetAsync(previous!.Value));
        var comparison = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().GetComparisonAsync(previous!.Value));

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(YearEndComparison.Of(full)), System.Text.Json.JsonSerializer.Serialize(comparison));
        Assert.True(comparison.HouseholdsHelped > 0 && comparison.HouseholdsVisited > 0 && comparison.LeadersTakingPart > 0 && comparison.CashTotal > 0);
    }

    /// <summary>Compares every figure (but those with their own direct-query tests) with <see cref="DirectFigures"/> at the acting reader's scope.</summary>
    private async Task<YearEndFigures> AssertEqualToDirectQueriesAsync(int campaignId)
    {
        var scope = _database.CurrentUser.ScopePath;
        var actual = DirectFigures.Ordered(await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().GetAsync(campaignId)));
        var expected = await _database.InScopeAsync(sp => DirectFigures.ComputeAsync(sp.GetRequiredService<ReliefDbContext>(), campaignId, scope));

        // Service events, pairing, hotline and goods have their own direct-query tests (OutreachSummaryTests, HotlineGoodsFiguresTests).
        string[] checkedElsewhere = [nameof(YearEndFigures.Services), nameof(YearEndFigures.Pairing), nameof(YearEndFigures.HotlineGoods)];
        foreach (var property in typeof(YearEndFigures).GetProperties().Where(p => !checkedElsewhere.Contains(p.Name)))
        {
            var wanted = property.GetValue(expected);
            var got = property.GetValue(actual);
            if (wanted is System.Collections.IEnumerable lines and not string)
                Assert.True(lines.Cast<object>().SequenceEqual(((System.Collections.IEnumerable)got!).Cast<object>()),
                    $"{property.Name}: expected [{string.Join("; ", lines.Cast<object>())}], got [{string.Join("; ", ((System.Collections.IEnumerable)got!).Cast<object>())}]");
            else
                Assert.True(Equals(wanted, got), $"{property.Name}: expected {wanted}, got {got}");
        }
        return actual;
    }

    private async Task<FixedCurrentUser> ReaderAsync(string userName) => await _database.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ReliefDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        var path = await db.OrgUnits.Where(u => u.Id == user.OrgUnitId).Select(u => u.Path).SingleAsync();
        return new FixedCurrentUser(user.Id, user.DisplayName, user.OrgUnitId, path, Roles.Officer);
    });

    [Fact]
    public async Task A_branch_officer_sees_only_the_branch_figures()
    {
        var officerScope = await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var officer = await db.Users.SingleAsync(u => u.UserName == "officer");
            var path = await db.OrgUnits.Where(u => u.Id == officer.OrgUnitId).Select(u => u.Path).SingleAsync();
            return new FixedCurrentUser(officer.Id, officer.DisplayName, officer.OrgUnitId, path, Roles.Officer);
        });
        var all = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().GetAsync(_campaign));
        _database.CurrentUser.Acting = officerScope;
        var branch = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().GetAsync(_campaign));
        Assert.True(branch.Applications < all.Applications);
        Assert.True(branch.Applications > 0);
    }
}
