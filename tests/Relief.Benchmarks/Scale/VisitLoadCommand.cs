using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Visits;

namespace Relief.Benchmarks.Scale;

/// <summary>
/// <c>visit-load --db PATH [--count 200] [--concurrency 8]</c>: records COUNT home visits through the real
/// <see cref="VisitService"/> (validation, scope, interceptors, audit) from CONCURRENCY parallel writers, each write in
/// its own DI scope as one request would be, against a database the web app may be serving at the same time. Exits 0
/// only if every write succeeded and the visit count grew by exactly COUNT.
/// </summary>
internal static class VisitLoadCommand
{
    public static int Run(string[] args)
    {
        var path = ScaleGenerator.Option(args, "--db") ?? Path.Combine(Path.GetTempPath(), "relief-province.db");
        var count = int.Parse(ScaleGenerator.Option(args, "--count") ?? "200", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(ScaleGenerator.Option(args, "--concurrency") ?? "8", CultureInfo.InvariantCulture);
        return RunAsync(Path.GetFullPath(path), count, concurrency).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string path, int count, int concurrency)
    {
        await using var services = ScaleServices.Build(path, withInterceptors: true);
        await MigrateAsync(services);
        var officer = await OfficerAsync(services);
        services.GetRequiredService<ActingUser>().Current = officer;
        var before = await CountAsync(services);
        var households = await HouseholdsAsync(services, count);

        var failures = 0;
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var input = new VisitInput
            {
                CampaignId = households.CampaignId,
                OrgUnitId = officer.OrgUnitId!.Value,
                Kind = VisitKind.Phone,
                VisitedOn = ScaleSettings.Today,
                Region = "上城区",
                Notes = $"写入负载测试 {i + 1}",
                HouseholdIds = [households.Ids[i % households.Ids.Count]],
                Visitors = [new VisitorInput { Name = "吴丽娟", Title = "工会干事" }],
                OutsideCampaignReason = "写入负载测试",
            };
            try
            {
                var result = await scope.ServiceProvider.GetRequiredService<VisitService>().RecordAsync(input, ct);
                if (!result.Succeeded)
                {
                    Interlocked.Increment(ref failures);
                    Console.Error.WriteLine($"visit {i + 1} refused: {string.Join("; ", result.Validation.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"))}");
                }
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
            {
                Interlocked.Increment(ref failures);
                Console.Error.WriteLine($"visit {i + 1} failed: {ex.GetBaseException().Message}");
            }
        });
        var elapsed = stopwatch.Elapsed;
        var after = await CountAsync(services);
        var tallies = await TalliesAgreeAsync(services, households.CampaignId, officer.ScopePath);
        var ok = failures == 0 && after - before == count && tallies;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"visit-load: {count} visits from {concurrency} writers in {elapsed.TotalSeconds:F1} s ({count / elapsed.TotalSeconds:F0}/s); " +
            $"visits {before:N0} -> {after:N0} (+{after - before}, expected +{count}); failures {failures}; " +
            $"visited tallies {(tallies ? "equal" : "DIFFER FROM")} a direct count: {(ok ? "OK" : "MISMATCH")}"));
        return ok ? 0 : 1;
    }

    /// <summary>The dashboard's "visited" tallies, kept by every concurrent write, against a direct count (the officer's unit and the whole province).</summary>
    private static async Task<bool> TalliesAgreeAsync(IServiceProvider services, int campaignId, string unitScope)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var agree = true;
        foreach (var path in new[] { unitScope, "/" })
        {
            var kept = await db.CampaignTallies.Where(t => t.CampaignId == campaignId && t.Scope == path && t.Measure == TallyMeasure.Visited)
                .SumAsync(t => t.Households);
            var direct = await db.Visits.Where(v => v.CampaignId == campaignId && v.OrgUnit!.Path.StartsWith(path))
                .SelectMany(v => v.Households).Select(h => h.HouseholdId).Distinct().CountAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  visited households in {path}: tally {kept:N0}, direct {direct:N0}"));
            agree &= kept == direct;
        }
        return agree;
    }

    private static async Task<int> CountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReliefDbContext>().Visits.CountAsync();
    }

    private static async Task<FixedCurrentUser> OfficerAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var user = await db.Users.AsNoTracking().Where(u => u.UserName == "unit-officer")
            .Select(u => new { u.Id, u.DisplayName, u.OrgUnitId, u.OrgUnit!.Path }).SingleAsync();
        return new FixedCurrentUser(user.Id, user.DisplayName, user.OrgUnitId, user.Path, Roles.Officer);
    }

    private static async Task<(int CampaignId, List<int> Ids)> HouseholdsAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var campaignId = await db.Campaigns.OrderByDescending(c => c.StartsOn).Select(c => c.Id).FirstAsync();
        var ids = await db.Households.AsNoTracking().Where(h => h.OrgUnitId == ScaleAccounts.UnitId && h.Status != Relief.Core.Features.Households.HouseholdStatus.Closed)
            .OrderBy(h => h.Id).Select(h => h.Id).Take(count).ToListAsync();
        return (campaignId, ids);
    }

    /// <summary>A database generated before the latest migrations gets them first, as the app would at start-up.</summary>
    private static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReliefDbContext>().Database.MigrateAsync();
    }
}
