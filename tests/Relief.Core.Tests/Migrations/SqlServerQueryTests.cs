using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Migrations;

/// <summary>
/// No SQL Server runs here, so the queries whose SQL differs most between engines are translated for SQL Server
/// (<c>ToQueryString</c>, as a grassroots officer's context would run them: the scope filter included) and parsed by
/// the T-SQL parser SQL Server's own tools use: the scope's path prefix, money sums and money order, date ranges, the
/// list filters and the tallies. A query EF cannot translate for SQL Server fails here too.
/// </summary>
public sealed class SqlServerQueryTests : IDisposable
{
    private const string UnitPath = "/1/7/";
    private static readonly CampaignWindow Campaign = new(3, "2025年元旦春节送温暖", new DateOnly(2024, 12, 1), new DateOnly(2025, 2, 28), "/1/");
    private readonly ReliefDbContext _db = ProviderContexts.SqlServer(reader: new FixedCurrentUser("u1", "officer", 7, UnitPath, Roles.Officer));

    public void Dispose() => _db.Dispose();

    public static TheoryData<string> Queries => [.. QueriesBy(ProviderContexts.SqlServer()).Keys];

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_query_translates_for_SQL_Server_and_parses(string name)
    {
        var sql = QueriesBy(_db)[name]().ToQueryString();

        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, $"{sql}{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}")));
    }

    [Fact]
    public void The_scope_and_the_unit_tree_are_a_path_prefix_with_the_wildcards_escaped()
    {
        var sql = QueriesBy(_db)["household list"]().ToQueryString();

        Assert.Contains("LIKE", sql, StringComparison.Ordinal);
        Assert.Contains("ESCAPE", sql, StringComparison.Ordinal);
        Assert.Contains(UnitPath, sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Money_is_summed_as_decimal_not_as_a_float()
    {
        var sql = QueriesBy(_db)["grant money by kind"]().ToQueryString();

        Assert.Contains("SUM([g].[TotalAmount])", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("float", sql, StringComparison.OrdinalIgnoreCase);
    }

    private static Dictionary<string, Func<IQueryable>> QueriesBy(ReliefDbContext db)
    {
        var protector = new IdNumberProtector(new EphemeralDataProtectionProvider(),
            Options.Create(new IdNumberProtectionOptions { HashKey = "sql-server-query-tests-hash-key-0123456789" }));
        var everyFilter = new GrantQuery
        {
            CampaignId = Campaign.Id, Status = GrantStatus.Approved, Kind = GrantKind.SeriousIllnessAid, Category = HouseholdCategory.SeriousIllness,
            CommitteeMeetingId = 4, AwaitingMeeting = true, DuplicatesOnly = true, Search = "张%_[",
        };
        return new Dictionary<string, Func<IQueryable>>
        {
            ["units in scope"] = () => db.OrgUnits.InScope(new FixedCurrentUser("u1", "officer", 7, UnitPath, Roles.Officer)),
            ["household list"] = () => db.Households.AsNoTracking().InUnitTree(UnitPath).Search("王", protector).InHardship()
                .Sort(HouseholdSort.PerCapitaIncome, descending: true).ToListItems().Skip(20).Take(20),
            ["household search by full ID number"] = () => db.Households.Search("330102197804120011", protector).ToListItems(),
            ["household search by last four"] = () => db.Households.Search("0011", protector).ToListItems(),
            ["households not yet surveyed, visited or helped"] = () => db.Households.InHardship().NotSurveyedIn(db, Campaign)
                .NotVisitedIn(db, Campaign.Id).NotHelpedIn(db, Campaign.Id).Sort(HouseholdSort.StatusSince, descending: false).ToListItems(),
            ["grant list, every filter"] = () => db.Grants.AsNoTracking().Filter(db, everyFilter, UnitPath)
                .Sort(GrantSort.Amount, descending: true).ToListItems().Take(50),
            ["grant money by kind"] = () => db.Grants.AsNoTracking().Where(g => g.CampaignId == Campaign.Id && g.Status == GrantStatus.Disbursed)
                .GroupBy(g => g.Kind).Select(g => new { Kind = g.Key, Grants = g.Count(), Households = g.Select(x => x.HouseholdId).Distinct().Count(), Amount = g.Sum(x => x.TotalAmount) }),
            ["tallies by status at the reader's scope"] = () => db.CampaignTallies.AsNoTracking()
                .Where(t => t.CampaignId == Campaign.Id && t.Scope == UnitPath && t.Measure == TallyMeasure.Grants)
                .GroupBy(t => t.Status).Select(g => new { Status = g.Key, Grants = g.Sum(t => t.Grants), Amount = g.Sum(t => t.Amount) }),
            ["applications in a date range"] = () => db.Grants.AsNoTracking()
                .Where(g => g.AppliedOn >= Campaign.StartsOn && g.AppliedOn <= Campaign.EndsOn).OrderBy(g => g.AppliedOn).Select(g => new { g.Id, g.AppliedOn, g.TotalAmount }),
        };
    }
}
