using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Relief.Benchmarks.Scale;
using Relief.Core.Data;
using Relief.Core.DemoData;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;
using Relief.Core.Features.Households.Import;

namespace Relief.Benchmarks.Import;

/// <summary>
/// <c>import [--rows 50000] [--runs 3]</c>: an officer's spreadsheet of ROWS households, previewed and then imported
/// through the real <see cref="HouseholdImportService"/> (with the app's interceptors, as the background runner does)
/// into a fresh SQLite database holding the demo data. Prints the preview and import times of each run, the file's
/// size and the process's peak working set; checks every row was written.
/// <c>import --bad-rows 200000 [--runs 3]</c>: a sheet of BAD-ROWS rows whose ID numbers all fail their check digit,
/// previewed (the problems listed and counted) and its full problem list written as .xlsx.
/// </summary>
internal static class ImportCommand
{
    private const string Unit = "丽水供电分工会";

    public static int Run(string[] args)
    {
        var rows = int.Parse(ScaleGenerator.Option(args, "--rows") ?? "50000", CultureInfo.InvariantCulture);
        var runs = int.Parse(ScaleGenerator.Option(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        if (ScaleGenerator.Option(args, "--bad-rows") is { } bad)
            return RunBadRowsAsync(int.Parse(bad, CultureInfo.InvariantCulture), runs).GetAwaiter().GetResult();
        return RunAsync(rows, runs).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int rowCount, int runs)
    {
        var file = Workbook(rowCount);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Import of {rowCount:N0} rows ({file.Length / 1024.0 / 1024:F1} MB .xlsx, limit {ExcelUpload.MaxBytes / 1024 / 1024} MB); {Environment.ProcessorCount} cores, load {LoadAverage()}"));
        var failed = 0;
        for (var run = 1; run <= runs; run++)
        {
            var path = Path.Combine(Path.GetTempPath(), $"relief-import-{Environment.ProcessId}-{run}.db");
            try
            {
                failed += await RunOnceAsync(path, file, rowCount, run);
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(path);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"));
        return failed == 0 ? 0 : 1;
    }

    private static async Task<int> RunOnceAsync(string path, byte[] file, int rowCount, int run)
    {
        await using var services = ScaleServices.Build(path, withInterceptors: true);
        var acting = services.GetRequiredService<ActingUser>();
        acting.Current = await PrepareAsync(services);

        var stopwatch = Stopwatch.StartNew();
        ImportPreview preview;
        await using (var scope = services.CreateAsyncScope())
            preview = await scope.ServiceProvider.GetRequiredService<HouseholdImportService>().PreviewAsync(new MemoryStream(file));
        var previewTime = stopwatch.Elapsed;
        if (!preview.IsClean)
        {
            Console.Error.WriteLine($"The preview found {preview.Problems.Count} problems, first: {preview.Problems[0].Message}");
            return 1;
        }

        stopwatch.Restart();
        HouseholdImportResult result;
        await using (var scope = services.CreateAsyncScope())
            result = await scope.ServiceProvider.GetRequiredService<HouseholdImportService>().ImportAsync(
                new MemoryStream(file), preview.Fingerprint, new ImportProgress(TimeProvider.System));
        var importTime = stopwatch.Elapsed;

        int imported;
        await using (var scope = services.CreateAsyncScope())
            imported = await scope.ServiceProvider.GetRequiredService<ReliefDbContext>().Households.CountAsync(h => h.Workplace == "导入基准");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  run {run}: preview {previewTime.TotalSeconds,6:F2} s, confirm (re-read, validate, save) {importTime.TotalSeconds,6:F2} s, " +
            $"total {(previewTime + importTime).TotalSeconds,6:F2} s; {result.Imported:N0} reported, {imported:N0} on file"));
        return imported == rowCount && result.Imported == rowCount ? 0 : 1;
    }

    private static async Task<int> RunBadRowsAsync(int rowCount, int runs)
    {
        var file = BadWorkbook(rowCount);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Preview of {rowCount:N0} bad rows ({file.Length / 1024.0 / 1024:F1} MB .xlsx); {Environment.ProcessorCount} cores, load {LoadAverage()}"));
        var path = Path.Combine(Path.GetTempPath(), $"relief-import-bad-{Environment.ProcessId}.db");
        var failed = 0;
        try
        {
            await using var services = ScaleServices.Build(path, withInterceptors: true);
            services.GetRequiredService<ActingUser>().Current = await PrepareAsync(services);
            for (var run = 1; run <= runs; run++)
            {
                var stopwatch = Stopwatch.StartNew();
                await using var scope = services.CreateAsyncScope();
                var importer = scope.ServiceProvider.GetRequiredService<HouseholdImportService>();
                var preview = await importer.PreviewAsync(new MemoryStream(file));
                var previewTime = stopwatch.Elapsed;
                stopwatch.Restart();
                using var problems = new MemoryStream();
                importer.WriteProblems(preview, problems);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  run {run}: preview {previewTime.TotalSeconds,6:F2} s ({preview.Problems.Count:N0} problems), " +
                    $"full problem list {stopwatch.Elapsed.TotalSeconds,6:F2} s ({problems.Length / 1024.0 / 1024:F1} MB .xlsx)"));
                if (preview.Problems.Count != rowCount) failed++;
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"));
        return failed == 0 ? 0 : 1;
    }

    /// <summary>The required columns only, every ID number one digit off its check digit: one problem per row.</summary>
    private static byte[] BadWorkbook(int rowCount)
    {
        var header = (ImportColumn column) => ImportColumns.Header(column);
        var rows = Enumerable.Range(0, rowCount).Select(i =>
        {
            var id = IdNumber(i);
            return new Dictionary<string, object?>
            {
                [header(ImportColumn.Name)] = DemoCatalog.Surnames[i % DemoCatalog.Surnames.Count] + "错",
                [header(ImportColumn.IdNumber)] = id[..17] + (id[17] == '0' ? '1' : '0'),
                [header(ImportColumn.Unit)] = Unit,
                [header(ImportColumn.Categories)] = "困难职工",
            };
        });
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    /// <summary>A fresh database with the demo units, accounts and data; the import acts as the demo administrator.</summary>
    /// <summary>Migrates, seeds the demo and returns its administrator as the acting user; shared by the benchmarks that need a populated database.</summary>
    internal static async Task<ICurrentUser> PrepareAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        await db.Database.MigrateAsync();
        // The key ring first, outside the seeder's transaction (as the app's start-up does): it lives in the same database.
        scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("Relief.Startup").Protect("ready");
        await ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider).SeedAsync(CancellationToken.None);
        var admin = await db.Users.AsNoTracking().Where(u => u.UserName == "admin")
            .Select(u => new { u.Id, u.DisplayName, u.OrgUnitId, u.OrgUnit!.Path }).SingleAsync();
        return new FixedCurrentUser(admin.Id, admin.DisplayName, admin.OrgUnitId, admin.Path, Roles.Administrator);
    }

    /// <summary>The template's Chinese headers and every column filled, as a union's own sheet would be.</summary>
    private static byte[] Workbook(int rowCount)
    {
        var header = (ImportColumn column) => ImportColumns.Header(column);
        var rows = Enumerable.Range(0, rowCount).Select(i => new Dictionary<string, object?>
        {
            [header(ImportColumn.Name)] = DemoCatalog.Surnames[i % DemoCatalog.Surnames.Count] + DemoCatalog.MaleGivenNames[i / DemoCatalog.Surnames.Count % DemoCatalog.MaleGivenNames.Count],
            [header(ImportColumn.IdNumber)] = IdNumber(i),
            [header(ImportColumn.Unit)] = Unit,
            [header(ImportColumn.Categories)] = i % 5 == 0 ? "困难职工、劳动模范" : "困难职工",
            [header(ImportColumn.Level)] = i % 3 == 0 ? "特困" : "一般困难",
            [header(ImportColumn.HeadKind)] = "在职",
            [header(ImportColumn.Workplace)] = "导入基准",
            [header(ImportColumn.Phone)] = string.Create(CultureInfo.InvariantCulture, $"139{i:D8}"),
            [header(ImportColumn.Address)] = "丽水市莲都区紫金街道" + (i % 200) + "号",
            [header(ImportColumn.Region)] = "莲都区",
            [header(ImportColumn.IsRemote)] = i % 7 == 0 ? "是" : "否",
            [header(ImportColumn.FamilySize)] = 1 + i % 5,
            [header(ImportColumn.PerCapitaIncome)] = 800 + i % 900,
            [header(ImportColumn.Causes)] = "本人患病",
        });
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    /// <summary>A valid, unique resident ID number per row: Hangzhou's 330106, birth dates from 1960 on, a serial.</summary>
    private static string IdNumber(int i)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(i / 900);
        var first17 = string.Create(CultureInfo.InvariantCulture, $"330106{birth:yyyyMMdd}{100 + i % 900:D3}");
        return first17 + ResidentIdNumber.CheckDigit(first17);
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
