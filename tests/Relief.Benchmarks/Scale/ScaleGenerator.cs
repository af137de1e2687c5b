using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Data.Tallies;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Households;

namespace Relief.Benchmarks.Scale;

/// <summary>
/// <c>generate --out PATH</c>: a province-sized SQLite database, created by the real migrations and written through
/// the real model (EF entities, Identity for the accounts, the app's ID number protection), deterministic from a
/// fixed seed. Bulk writes use a DbContext without the audit and version interceptors: the audit trail of seeded
/// data is not the subject, and versions are set here.
/// </summary>
internal static class ScaleGenerator
{
    public static int Run(string[] args)
    {
        var output = Option(args, "--out") ?? Path.Combine(Path.GetTempPath(), "relief-province.db");
        var force = args.Contains("--force");
        if (File.Exists(output))
        {
            if (!force)
            {
                Console.Error.WriteLine($"{output} exists; pass --force to replace it.");
                return 2;
            }
            foreach (var file in new[] { output, output + "-wal", output + "-shm", output + "-journal" }) File.Delete(file);
        }
        GenerateAsync(Path.GetFullPath(output)).GetAwaiter().GetResult();
        return 0;
    }

    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static async Task GenerateAsync(string path)
    {
        var total = Stopwatch.StartNew();
        Console.WriteLine($"Generating the province-sized database at {path} (seed {ScaleSettings.Seed})");
        await using var services = ScaleServices.Build(path, withInterceptors: false);

        var step = Stopwatch.StartNew();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReliefDbContext>().Database.MigrateAsync();
            // The key ring first, outside any bulk transaction (it is stored in this database).
            scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("Relief.Startup").Protect("ready");
        }
        Report("migrations and key ring", step);

        var units = new ScaleUnits();
        await using var bulkScope = services.CreateAsyncScope();
        var db = bulkScope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // A bulk load: the tallies are counted once at the end instead of being kept by every batch (which recounts
        // each batch's households against everything already written: over an hour for the 500,000 visits alone).
        db.KeepsTallies = false;
        await db.Database.OpenConnectionAsync();
        await ForBulkLoadAsync(db.Database.GetDbConnection());
        var writer = new BulkWriter(db);
        await writer.WriteAsync("units", units.All);

        await using (var scope = services.CreateAsyncScope())
        {
            await ScaleAccounts.CreateAsync(scope.ServiceProvider.GetRequiredService<UserManager<ReliefUser>>(),
                scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), units);
        }

        step.Restart();
        var households = new ScaleHouseholds(ScaleSettings.Households, new Random(ScaleSettings.Seed));
        Report("plan households and ID numbers", step);
        var protector = bulkScope.ServiceProvider.GetRequiredService<IdNumberProtector>();
        var protect = households.Protect(protector);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"encrypt ID numbers (parallel)",-34}{households.Count,11:N0} ids  {protect.TotalSeconds,7:F1} s {households.Count / protect.TotalSeconds,10:N0} ids/s on {Environment.ProcessorCount} cores"));
        await writer.WriteAsync("households (+categories, members, history)", households.Entities(protector, units), 10_000);

        step.Restart();
        var grants = new ScaleGrants(households, new Random(ScaleSettings.Seed + 1));
        var visits = new ScaleVisits(households, new Random(ScaleSettings.Seed + 2));
        Report($"plan {grants.Count:N0} grants, {visits.Count:N0} visits", step);

        await writer.WriteAsync("campaigns (+standards, quotas, funds)", ScaleCampaigns.Entities(grants), 1);
        await writer.WriteAsync("surveys", visits.Surveys(new Random(ScaleSettings.Seed + 3)));
        await writer.WriteAsync("committee meetings (+attendees)", ScaleGrants.Meetings());
        await writer.WriteAsync("grants (+in-kind items)", grants.Grants());
        await writer.WriteAsync("grant decisions", grants.Decisions());
        await writer.WriteAsync("public notices", ScaleGrants.Notices(units));
        await writer.WriteAsync("notice items", grants.NoticeItems(units));
        await writer.WriteAsync("objections", grants.Objections());
        await writer.WriteAsync("visits (+visitors, households)", visits.Visits(units), 10_000);
        await writer.WriteAsync("disbursements", grants.Disbursements(visits));
        await writer.WriteAsync("concerns", visits.Concerns(new Random(ScaleSettings.Seed + 4)));
        step.Restart();
        foreach (var campaignId in await db.Campaigns.Select(c => c.Id).ToListAsync()) await CampaignTallyKeeper.RebuildAsync(db, campaignId);
        Report("count the dashboard tallies", step);
        step.Restart();
        await db.Database.RefreshStatisticsAsync();
        Report("statistics for the query planner", step);
        await db.Database.CloseConnectionAsync();

        var size = new FileInfo(path).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Done: {writer.RowsWritten:N0} rows in {total.Elapsed.TotalSeconds:F0} s ({total.Elapsed:mm\\:ss}), {size / 1048576.0:N0} MB."));
        Console.WriteLine($"Sign-ins (benchmarks on loopback only), all with password {ScaleSettings.Password}:");
        foreach (var (userName, role, atRoot) in ScaleSettings.Accounts)
            Console.WriteLine($"  {userName,-18} {role,-14} {(atRoot ? units[ScaleUnits.RootId].Name : units[ScaleAccounts.UnitId].Name)}");
        Console.WriteLine($"ID number hash key for the app: Security:IdNumbers:HashKey={ScaleSettings.IdNumberHashKey}");
    }

    /// <summary>
    /// This connection only: no fsync and an in-memory rollback journal while loading (a crash means generating again),
    /// and a large page cache. The file itself keeps SQLite's defaults for the app.
    /// </summary>
    private static async Task ForBulkLoadAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;";
        await command.ExecuteNonQueryAsync();
    }

    private static void Report(string label, Stopwatch step) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-34}{"",11}      {step.Elapsed.TotalSeconds,7:F1} s"));
}
