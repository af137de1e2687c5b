using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Benchmarks.Scale;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Reports.Printing;
using Relief.Core.Features.Visits;
using Relief.Core.Reports.YearEndSummary;

namespace Relief.Benchmarks.Timings;

/// <summary>
/// <c>timings --db PATH [--runs 60] [--warmup 5] [--pdf-runs 50, 0 skips the summary PDF and .docx] [--only TEXT] [--skip TEXT] [--explain] [--profile]</c>: p50 and p95 of the
/// key reads on the province-sized database, through the real services with the app's interceptors (households,
/// grants, dashboard, year-end summary, its PDF and its .docx), as a grassroots chair and as the province chair. <c>--explain</c> prints SQLite's plan of every query once instead;
/// <c>--profile</c> prints each query's mean time over the timed runs after the scenario.
/// </summary>
internal static class TimingsCommand
{
    public static int Run(string[] args)
    {
        var path = ScaleGenerator.Option(args, "--db") ?? Path.Combine(Path.GetTempPath(), "relief-province.db");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path} not found: run `generate --out {path}` first.");
            return 2;
        }
        var runs = int.Parse(ScaleGenerator.Option(args, "--runs") ?? "60", CultureInfo.InvariantCulture);
        var warmup = int.Parse(ScaleGenerator.Option(args, "--warmup") ?? "5", CultureInfo.InvariantCulture);
        var pdfRuns = int.Parse(ScaleGenerator.Option(args, "--pdf-runs") ?? "50", CultureInfo.InvariantCulture);
        var only = ScaleGenerator.Option(args, "--only");
        var skip = ScaleGenerator.Option(args, "--skip");
        RunAsync(Path.GetFullPath(path), runs, warmup, pdfRuns, only, skip, args.Contains("--explain"), args.Contains("--profile")).GetAwaiter().GetResult();
        return 0;
    }

    private static async Task RunAsync(string path, int runs, int warmup, int pdfRuns, string? only, string? skip, bool explain, bool profile)
    {
        var plans = new QueryPlanInterceptor();
        var times = new QueryTimeInterceptor();
        await using var services = ScaleServices.Build(path, withInterceptors: true, plans, times);
        await MigrateAsync(services);
        var acting = services.GetRequiredService<ActingUser>();
        var sample = await SampleAsync(services);
        Console.WriteLine($"Database {path} ({new FileInfo(path).Length / 1048576} MB); sample household {sample.HouseholdId} ({sample.Name}), " +
            $"{sample.NameMatches} files named so; campaign {sample.ActiveCampaignId} running, {sample.ClosedCampaignId} closed.");

        var actors = new[]
        {
            new TimingActor("grassroots chair", await ActorAsync(services, "unit-chair")),
            new TimingActor("province chair", await ActorAsync(services, "province-chair")),
        };
        var results = new List<(Measurement Measurement, double? Target)>();
        foreach (var actor in actors)
        {
            acting.Current = actor.User;
            foreach (var scenario in Scenarios(sample))
            {
                if (only is not null && !scenario.Name.Contains(only, StringComparison.OrdinalIgnoreCase)) continue;
                if (skip is not null && scenario.Name.Contains(skip, StringComparison.OrdinalIgnoreCase)) continue;
                if (explain)
                {
                    plans.Enabled = true;
                    var result = await InScopeAsync(services, scenario.Run);
                    plans.Enabled = false;
                    Console.WriteLine($"== {scenario.Name} — {actor.Label}: {result}");
                    Console.Write(plans.TakePlans());
                    continue;
                }
                // The printed documents (summary PDF and .docx) take the fewer --pdf-runs.
                var isPdf = scenario.Name.StartsWith("Year-end summary", StringComparison.Ordinal);
                if (isPdf && pdfRuns == 0) continue;
                var measurement = await MeasureAsync(services, scenario, actor, isPdf ? Math.Min(warmup, 2) : warmup, isPdf ? pdfRuns : runs, profile ? times : null);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {scenario.Name,-44} {actor.Label,-17} p50 {measurement.P50,8:F1} ms  p95 {measurement.P95,8:F1} ms  ({measurement.Result})"));
                if (profile) Console.Write(times.Take(measurement.Milliseconds.Count));
                results.Add((measurement, scenario.TargetMilliseconds));
            }
        }
        if (explain) return;

        Console.WriteLine();
        Console.WriteLine($"| Scenario | User | Runs | p50 ms | p95 ms | max ms | Target p95 ms | | Result |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---|---|");
        foreach (var (measurement, target) in results) Console.WriteLine(measurement.ToRow(target));
    }

    private static IEnumerable<TimingScenario> Scenarios(Sample sample)
    {
        const double List = 100;
        var page = new PageRequest(1);
        yield return new("Household search by name", List, sp => Households(sp, new HouseholdQuery { Search = sample.Name }, page));
        yield return new("Household search by full ID number", List, sp => Households(sp, new HouseholdQuery { Search = sample.IdNumber }, page));
        yield return new("Household search by last four of ID", List, sp => Households(sp, new HouseholdQuery { Search = sample.IdNumber[^4..] }, page));
        yield return new("Household list, first page", List, sp => Households(sp, new HouseholdQuery(), page));
        yield return new("Household list, page 10", List, sp => Households(sp, new HouseholdQuery(), new PageRequest(10)));
        yield return new("Household list, extreme hardship + category", List, sp => Households(sp,
            new HouseholdQuery { Level = HardshipLevel.Extreme, Category = HouseholdCategory.SeriousIllness, Status = HouseholdStatus.Active }, page));
        yield return new("Household list, region + remote, by income", List, sp => Households(sp,
            new HouseholdQuery { Region = sample.Region, IsRemote = true, Sort = HouseholdSort.PerCapitaIncome, Descending = true }, page));
        yield return new("Household list, not visited this campaign", List, sp => Households(sp,
            new HouseholdQuery { NotVisitedInCampaignId = sample.ActiveCampaignId }, page));
        yield return new("Household file page", List, async sp =>
        {
            var file = await sp.GetRequiredService<HouseholdService>().GetFileAsync(sample.HouseholdId);
            return $"{file.Grants.Count} grants, {file.Visits.Count} visits, {file.Concerns.Count} concerns";
        });
        yield return new("Grant list, campaign + status Applied", List, sp => Grants(sp, new GrantQuery { CampaignId = sample.ActiveCampaignId, Status = GrantStatus.Applied }));
        yield return new("Grant list, campaign + status + kind", List, sp => Grants(sp,
            new GrantQuery { CampaignId = sample.ActiveCampaignId, Status = GrantStatus.Disbursed, Kind = GrantKind.HardshipSubsidy }));
        yield return new("Grant list, campaign, all statuses", List, sp => Grants(sp, new GrantQuery { CampaignId = sample.ActiveCampaignId }));
        yield return new("Grant list, search by name", List, sp => Grants(sp, new GrantQuery { CampaignId = sample.ActiveCampaignId, Search = sample.Name }));
        // What the 补助申请 page runs: one page of rows and the totals of everything the filters match.
        yield return new("Grant page, rows + totals, campaign", List, sp => GrantPage(sp, new GrantQuery { CampaignId = sample.ActiveCampaignId }));
        yield return new("Grant page, rows + totals, Applied", List, sp => GrantPage(sp, new GrantQuery { CampaignId = sample.ActiveCampaignId, Status = GrantStatus.Applied }));
        yield return new("Grant page, by amount, largest first", List, sp => GrantPage(sp,
            new GrantQuery { CampaignId = sample.ActiveCampaignId, Sort = GrantSort.Amount, Descending = true }));
        // What the 走访慰问 page runs: the regions for its filter and the first page of visits.
        yield return new("Visit page, regions + first page", List, async sp =>
        {
            var visits = sp.GetRequiredService<VisitService>();
            var regions = await visits.GetVisitRegionsAsync();
            var result = await visits.ListAsync(new VisitQuery(), new PageRequest(1));
            return $"{result.Items.Count} of {result.Total:N0}, {regions.Count} regions";
        });
        yield return new("Campaign list with counts and funds", List, async sp =>
        {
            var campaigns = await sp.GetRequiredService<CampaignService>().ListAsync();
            return $"{campaigns.Count} campaigns, {campaigns.Sum(c => c.Applications):N0} applications";
        });
        yield return new("Dashboard figures, running campaign", 200, async sp =>
        {
            var figures = await sp.GetRequiredService<CampaignFigures>().GetAsync(sample.ActiveCampaignId);
            return $"{figures.Applications:N0} grants, {figures.ByUnit.Count} units";
        });
        yield return new("Year-end figures, closed campaign", null, async sp =>
        {
            var figures = await sp.GetRequiredService<YearEndQuery>().GetAsync(sample.ClosedCampaignId);
            return $"{figures.Applications:N0} applications";
        });
        yield return new("Year-end summary PDF, closed campaign", 3000, async sp =>
        {
            var pdf = await sp.GetRequiredService<YearEndSummaryService>().RenderAsync(sample.ClosedCampaignId, new ReportFormat(CultureInfo.GetCultureInfo("zh-CN")));
            return $"{pdf.Content.Length / 1024:N0} KB";
        });
        // Issue 18: the office's Word document of the same summary, against the same 3 s.
        yield return new("Year-end summary .docx, closed campaign", 3000, async sp =>
        {
            var docx = await sp.GetRequiredService<YearEndSummaryService>().RenderWordAsync(sample.ClosedCampaignId, new ReportFormat(CultureInfo.GetCultureInfo("zh-CN")));
            return $"{docx.Content.Length / 1024:N0} KB";
        });
    }

    private static async Task<string> Households(IServiceProvider sp, HouseholdQuery query, PageRequest page)
    {
        var result = await sp.GetRequiredService<HouseholdService>().ListAsync(query, page);
        return $"{result.Items.Count} of {result.Total:N0}";
    }

    private static async Task<string> Grants(IServiceProvider sp, GrantQuery query)
    {
        var result = await sp.GetRequiredService<GrantService>().ListAsync(query, new PageRequest(1));
        return $"{result.Items.Count} of {result.Total:N0}";
    }

    private static async Task<string> GrantPage(IServiceProvider sp, GrantQuery query)
    {
        var grants = sp.GetRequiredService<GrantService>();
        var result = await grants.ListAsync(query, new PageRequest(1));
        var totals = await grants.TotalsAsync(query);
        return $"{result.Items.Count} of {totals.Count:N0}, {totals.TotalAmount:N0} yuan";
    }

    private static async Task<Measurement> MeasureAsync(
        IServiceProvider services, TimingScenario scenario, TimingActor actor, int warmup, int runs, QueryTimeInterceptor? times)
    {
        var result = "";
        for (var i = 0; i < warmup; i++) result = await InScopeAsync(services, scenario.Run);
        if (times is not null) times.Enabled = true;
        var samples = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var stopwatch = Stopwatch.StartNew();
            result = await scenario.Run(scope.ServiceProvider);
            samples.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
        if (times is not null) times.Enabled = false;
        return new Measurement(scenario.Name, actor.Label, samples, result);
    }

    private static async Task<string> InScopeAsync(IServiceProvider services, Func<IServiceProvider, Task<string>> run)
    {
        await using var scope = services.CreateAsyncScope();
        return await run(scope.ServiceProvider);
    }

    /// <summary>A chair of the benchmark database, by user name, as the scenarios act.</summary>
    internal static async Task<ICurrentUser> ActorAsync(IServiceProvider services, string userName)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var user = await db.Users.AsNoTracking().Where(u => u.UserName == userName)
            .Select(u => new { u.Id, u.DisplayName, u.OrgUnitId, u.OrgUnit!.Path }).SingleAsync();
        return new FixedCurrentUser(user.Id, user.DisplayName, user.OrgUnitId, user.Path, Roles.Chair);
    }

    /// <summary>The household the scenarios look at: the first file of the benchmark users' grassroots union.</summary>
    private static async Task<Sample> SampleAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var household = await db.Households.AsNoTracking().Where(h => h.OrgUnitId == ScaleAccounts.UnitId).OrderBy(h => h.Id)
            .Select(h => new { h.Id, h.Name, h.IdNumberCipher, h.Region }).FirstAsync();
        var idNumber = scope.ServiceProvider.GetRequiredService<IdNumberProtector>().Unprotect(household.IdNumberCipher);
        var campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.StartsOn).Select(c => c.Id).ToListAsync();
        return new Sample(household.Id, household.Name, idNumber, household.Region!, campaigns[^1], campaigns[^2],
            await db.Households.CountAsync(h => h.Name == household.Name));
    }

    private sealed record Sample(int HouseholdId, string Name, string IdNumber, string Region, int ActiveCampaignId, int ClosedCampaignId, int NameMatches);

    /// <summary>
    /// A database generated before the latest migrations gets them first, the tallies a migration emptied are counted
    /// again, and statistics are refreshed where stale, as the app does at start-up (DatabaseSetup).
    /// </summary>
    private static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        await db.Database.MigrateAsync();
        var stopwatch = Stopwatch.StartNew();
        var counted = await DatabaseUpkeep.AfterMigrationsAsync(db);
        if (counted > 0) Console.WriteLine($"Counted the tallies of {counted} campaigns in {stopwatch.Elapsed.TotalSeconds:F0} s (as at start-up).");
    }
}
