using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.DemoData;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Notices;
using Relief.Core.Features.Visits;

namespace Relief.Core.Tests.DemoData;

public sealed class DemoDataSeederTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private static readonly DateOnly DemoToday = new(2021, 2, 1);

    private Task<T> Query<T>(Func<ReliefDbContext, Task<T>> query) =>
        seeded.Database.InScopeAsync(sp => query(sp.GetRequiredService<ReliefDbContext>()));

    [Fact]
    public async Task A_second_run_adds_nothing_and_returns_the_same_accounts()
    {
        var before = await Counts();
        var accounts = await seeded.Database.InScopeAsync(sp => sp.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None));

        Assert.Equal(before, await Counts());
        Assert.Equal(seeded.Accounts, accounts);
    }

    [Fact]
    public async Task Union_tree_is_federation_company_and_two_branches_with_materialized_paths()
    {
        var units = await Query(db => db.OrgUnits.AsNoTracking().OrderBy(u => u.Id).ToListAsync());

        Assert.Equal([OrgUnitKind.Federation, OrgUnitKind.Grassroots, OrgUnitKind.Branch, OrgUnitKind.Branch], units.Select(u => u.Kind));
        Assert.Equal(["丽水市总工会", "浙江丽水电力有限公司工会", "丽水供电分工会", "松阳供电分工会"], units.Select(u => u.Name));
        foreach (var unit in units)
        {
            var parentPath = unit.ParentId is { } parentId ? units.Single(u => u.Id == parentId).Path : "/";
            Assert.Equal(OrgUnit.ChildPath(parentPath, unit.Id), unit.Path);
        }
    }

    [Fact]
    public async Task Every_demo_account_signs_in_with_its_role_and_unit()
    {
        await seeded.Database.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ReliefUser>>();
            var db = sp.GetRequiredService<ReliefDbContext>();
            Assert.Equal(["admin", "officer", "officer2", "chair", "auditor"], seeded.Accounts.Select(a => a.UserName));
            Assert.Equal(Roles.All.Order(StringComparer.Ordinal), seeded.Accounts.Select(a => a.Role).Distinct().Order(StringComparer.Ordinal));
            foreach (var account in seeded.Accounts)
            {
                var user = await users.FindByNameAsync(account.UserName);
                Assert.NotNull(user);
                Assert.True(await users.CheckPasswordAsync(user, account.Password), account.UserName);
                Assert.True(await users.IsInRoleAsync(user, account.Role), account.UserName);
                Assert.True(user.EmailConfirmed);
                Assert.False(string.IsNullOrWhiteSpace(user.Title));
                Assert.Equal(account.UnitName, (await db.OrgUnits.SingleAsync(u => u.Id == user.OrgUnitId)).Name);
            }
            var officerUnits = seeded.Accounts.Where(a => a.Role == Roles.Officer).Select(a => a.UnitName).Distinct().Count();
            Assert.Equal(2, officerUnits);
            return 0;
        });
    }

    [Fact]
    public async Task Households_cover_every_category_region_and_status()
    {
        var households = await Query(db => db.Households.AsNoTracking().Include(h => h.Categories).Include(h => h.StatusHistory).Include(h => h.Members).ToListAsync());

        Assert.InRange(households.Count, 55, 65);
        Assert.Equal(Enum.GetValues<HouseholdCategory>(), households.SelectMany(h => h.Categories).Select(c => c.Category).Distinct().Order());
        Assert.Equal(Enum.GetValues<HouseholdStatus>(), households.Select(h => h.Status).Distinct().Order());
        Assert.Equal(Enum.GetValues<HardshipLevel>(), households.Select(h => h.Level).Distinct().Order());
        Assert.Equal(["丽水", "松阳", "遂昌"], households.Select(h => h.Region!).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(households, h => h.IsRemote);
        Assert.Contains(households, h => h.Members.Count > 0);
        foreach (var rare in new[] { "喆", "堃", "淼" }) Assert.Contains(households, h => h.Name.Contains(rare, StringComparison.Ordinal));
        // A status other than the initial one always has the history that led to it.
        Assert.All(households, h => Assert.Equal(h.Status, h.StatusHistory.OrderBy(s => s.EffectiveOn).ThenBy(s => s.Id).Last().ToStatus));
        Assert.All(households.Where(h => h.Status == HouseholdStatus.Closed), h => Assert.NotNull(h.ClosureReason));
    }

    [Fact]
    public async Task Id_numbers_are_valid_encrypted_hashed_and_masked()
    {
        await seeded.Database.InScopeAsync(async sp =>
        {
            var ids = sp.GetRequiredService<IdNumberProtector>();
            var households = await sp.GetRequiredService<ReliefDbContext>().Households.AsNoTracking().ToListAsync();
            foreach (var household in households)
            {
                var idNumber = ids.Unprotect(household.IdNumberCipher);
                Assert.True(ResidentIdNumber.HasValidCheckDigit(idNumber), idNumber);
                Assert.Contains(idNumber[..6], new[] { "331102", "331123", "331124" });
                Assert.Equal(ids.Hash(idNumber), household.IdNumberHash);
                Assert.Equal(ResidentIdNumber.Mask(idNumber), household.IdNumberMasked);
                Assert.Equal(ResidentIdNumber.BirthDate(idNumber), household.BirthDate);
                Assert.DoesNotContain(idNumber, household.IdNumberCipher, StringComparison.Ordinal);
            }
            return 0;
        });
    }

    [Fact]
    public async Task Current_campaign_is_active_with_its_theme_dates_standards_quotas_and_four_fund_sources()
    {
        var campaign = await Query(db => db.Campaigns.AsNoTracking().Include(c => c.Standards).Include(c => c.Quotas).Include(c => c.FundSources)
            .SingleAsync(c => c.Year == 2021));

        Assert.Equal("2021年元旦春节送温暖活动", campaign.Name);
        Assert.Equal(Season.NewYearSpringFestival, campaign.Season);
        Assert.Equal("进千家门、知千家情、解千家难、暖千家心", campaign.Theme);
        Assert.False(string.IsNullOrWhiteSpace(campaign.DirectiveReference));
        Assert.Equal((new DateOnly(2020, 12, 15), new DateOnly(2021, 2, 10)), (campaign.StartsOn, campaign.EndsOn));
        Assert.Equal(CampaignStatus.Active, campaign.Status);
        Assert.Equal(Enum.GetValues<HouseholdCategory>(), campaign.Standards.Select(s => s.Category).Distinct().Order());
        Assert.Equal(2, campaign.Quotas.Count);
        Assert.Equal([FundSourceKind.Allocation, FundSourceKind.OwnFunds, FundSourceKind.FiscalSubsidy, FundSourceKind.Donation],
            campaign.FundSources.OrderBy(f => f.Id).Select(f => f.Kind));
        Assert.False(string.IsNullOrWhiteSpace(campaign.FundSources.Single(f => f.Kind == FundSourceKind.Donation).Donor));

        var previous = await Query(db => db.Campaigns.AsNoTracking().SingleAsync(c => c.Year == 2020));
        Assert.Equal(CampaignStatus.Closed, previous.Status);
    }

    [Fact]
    public async Task Grants_reach_every_status_and_their_amounts_add_up()
    {
        var current = await Query(db => db.Grants.AsNoTracking().Include(g => g.Items).Where(g => g.Campaign!.Year == 2021).ToListAsync());
        var previous = await Query(db => db.Grants.AsNoTracking().Where(g => g.Campaign!.Year == 2020).ToListAsync());

        Assert.Equal(Enum.GetValues<GrantStatus>(), current.Select(g => g.Status).Distinct().Order());
        Assert.All(current.Concat(previous), g => Assert.Equal(g.CashAmount + g.InKindValue, g.TotalAmount));
        Assert.All(current.Where(g => g.Items.Count > 0), g => Assert.Equal(g.Items.Sum(i => i.Quantity * i.UnitValue), g.InKindValue));
        Assert.Equal(new[] { "米", "面", "油" }.Order(StringComparer.Ordinal), current.SelectMany(g => g.Items).Select(i => i.Name).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(current, g => g.Kind == GrantKind.InKind && g.Items.Count > 0);
        Assert.All(current.Where(g => g.StandardAmount is { } standard && g.TotalAmount > standard), g => Assert.False(string.IsNullOrWhiteSpace(g.OverrideReason)));
        Assert.NotEmpty(previous);
        Assert.All(previous, g => Assert.Equal(GrantStatus.Disbursed, g.Status));
    }

    [Fact]
    public async Task No_fund_source_is_overdrawn_checked_in_the_database()
    {
        var overdrawn = await Query(db => db.FundSources.Where(f => f.Committed + f.Spent > f.Amount).Select(f => f.Name).ToListAsync());
        var sources = await Query(db => db.FundSources.AsNoTracking().ToListAsync());

        Assert.Empty(overdrawn);
        Assert.All(sources, f => Assert.True(f.Committed + f.Spent <= f.Amount, f.Name));
        Assert.Contains(sources, f => f.Spent > 0);
        Assert.Contains(sources, f => f.Committed > 0);
    }

    [Fact]
    public async Task Committed_and_spent_equal_the_sums_of_their_grants_by_status()
    {
        GrantStatus[] committedStatuses = [GrantStatus.Approved, GrantStatus.OnNotice, GrantStatus.Payable];
        var sums = await Query(db => db.Grants
            .Where(g => g.FundSourceId != null)
            .GroupBy(g => g.FundSourceId)
            .Select(g => new
            {
                FundSourceId = g.Key!.Value,
                Committed = g.Where(x => committedStatuses.Contains(x.Status)).Sum(x => x.TotalAmount),
                Spent = g.Where(x => x.Status == GrantStatus.Disbursed).Sum(x => x.TotalAmount),
            })
            .ToListAsync());
        var sources = await Query(db => db.FundSources.AsNoTracking().ToListAsync());

        Assert.Empty(await Query(db => db.Grants.Where(g => g.FundSourceId == null
            && (committedStatuses.Contains(g.Status) || g.Status == GrantStatus.Disbursed)).Select(g => g.Id).ToListAsync()));
        foreach (var source in sources)
        {
            var sum = sums.SingleOrDefault(s => s.FundSourceId == source.Id);
            Assert.Equal(source.Committed, sum?.Committed ?? 0m);
            Assert.Equal(source.Spent, sum?.Spent ?? 0m);
        }
    }

    [Fact]
    public async Task Decided_grants_have_one_decision_and_disbursed_grants_one_payment()
    {
        var grants = await Query(db => db.Grants.AsNoTracking().ToListAsync());
        var decisions = await Query(db => db.GrantDecisions.AsNoTracking().ToListAsync());
        var payments = await Query(db => db.Disbursements.AsNoTracking().ToListAsync());

        foreach (var grant in grants)
        {
            var decided = grant.Status != GrantStatus.Applied;
            Assert.Equal(decided ? 1 : 0, decisions.Count(d => d.GrantId == grant.Id));
            Assert.Equal(decided, grant.CommitteeMeetingId is not null);
            var paid = payments.Where(p => p.GrantId == grant.Id).ToList();
            Assert.Equal(grant.Status == GrantStatus.Disbursed ? 1 : 0, paid.Count);
            if (paid.Count == 1) Assert.Equal(grant.TotalAmount, paid[0].Amount);
        }
        Assert.All(decisions.Where(d => d.Outcome == DecisionOutcome.Rejected), d => Assert.Equal(GrantStatus.Rejected, grants.Single(g => g.Id == d.GrantId).Status));
        Assert.Contains(payments, p => p.VisitId is not null);
    }

    [Fact]
    public async Task Notices_list_only_approved_grants_and_carry_an_objection()
    {
        var notices = await Query(db => db.PublicNotices.AsNoTracking().Include(n => n.Items).Include(n => n.Objections).ToListAsync());
        var grants = await Query(db => db.Grants.AsNoTracking().ToDictionaryAsync(g => g.Id));

        Assert.NotEmpty(notices);
        Assert.All(notices.SelectMany(n => n.Items), item =>
        {
            Assert.Contains(grants[item.GrantId].Status, new[] { GrantStatus.OnNotice, GrantStatus.Payable, GrantStatus.Disbursed });
            Assert.Equal(grants[item.GrantId].TotalAmount, item.Amount);
        });
        var objections = notices.SelectMany(n => n.Objections).ToList();
        Assert.Contains(objections, o => o.Outcome is ObjectionOutcome.Open or ObjectionOutcome.Dismissed);
        Assert.All(objections.Where(o => o.Outcome == ObjectionOutcome.Open), o => Assert.Equal(GrantStatus.OnNotice, grants[o.GrantId!.Value].Status));
    }

    [Fact]
    public async Task Visits_of_every_kind_with_leaders_and_concerns_of_every_category()
    {
        var visits = await Query(db => db.Visits.AsNoTracking().Include(v => v.Visitors).Include(v => v.Households).ToListAsync());
        var concerns = await Query(db => db.Concerns.AsNoTracking().ToListAsync());
        var currentCampaignId = await Query(db => db.Campaigns.Where(c => c.Year == 2021).Select(c => c.Id).SingleAsync());

        Assert.Equal(Enum.GetValues<VisitKind>(), visits.Where(v => v.CampaignId == currentCampaignId).Select(v => v.Kind).Distinct().Order());
        Assert.Contains(visits, v => v.CampaignId != currentCampaignId);
        Assert.All(visits, v => Assert.NotEmpty(v.Households));
        Assert.All(visits, v => Assert.NotEmpty(v.Visitors));
        var leaderTitles = visits.SelectMany(v => v.Visitors).Where(v => v.IsLeader).Select(v => v.Title).Distinct().ToList();
        Assert.Contains("公司领导", leaderTitles);
        Assert.Contains("工会主席", leaderTitles);

        Assert.Equal(Enum.GetValues<ConcernCategory>(), concerns.Select(c => c.Category).Distinct().Order());
        Assert.Equal(Enum.GetValues<ConcernStatus>(), concerns.Select(c => c.Status).Distinct().Order());
        Assert.Contains(concerns, c => c.IsOverdue(DemoToday));
        Assert.Contains(concerns, c => c.Status != ConcernStatus.Resolved && !c.IsOverdue(DemoToday));
        Assert.All(concerns.Where(c => c.Status == ConcernStatus.Resolved), c => Assert.NotNull(c.ResolvedOn));
    }

    [Fact]
    public async Task The_seeder_writes_its_audit_trail_as_the_system()
    {
        var auditedUsers = await Query(db => db.AuditEntries.Select(a => a.UserName).Distinct().ToListAsync());
        var householdInserts = await Query(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(Household) && a.Action == AuditAction.Insert));

        Assert.Equal(["system"], auditedUsers);
        Assert.Equal(await Query(db => db.Households.CountAsync()), householdInserts);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_data_on_another_database()
    {
        await using var other = await Tests.TestSupport.TestDatabase.CreateAsync();
        await other.InScopeAsync(sp => sp.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None));

        Assert.Equal(await Fingerprint(seeded.Database), await Fingerprint(other));
    }

    private static Task<string> Fingerprint(Tests.TestSupport.TestDatabase database) => database.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ReliefDbContext>();
        var households = await db.Households.OrderBy(h => h.Id).Select(h => h.Name + h.IdNumberMasked + h.Region + h.Status).ToListAsync();
        var grants = await db.Grants.OrderBy(g => g.Id).Select(g => new { g.HouseholdId, g.Kind, g.Status, g.TotalAmount, g.FundSourceId }).ToListAsync();
        return string.Join("|", households) + string.Join("|", grants);
    });

    private Task<string> Counts() => Query(async db => string.Join(",",
        await db.OrgUnits.CountAsync(), await db.Users.CountAsync(), await db.Households.CountAsync(), await db.Campaigns.CountAsync(),
        await db.Grants.CountAsync(), await db.Visits.CountAsync(), await db.Concerns.CountAsync(), await db.AuditEntries.CountAsync()));
}
