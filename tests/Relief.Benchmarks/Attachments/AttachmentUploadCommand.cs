using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Relief.Benchmarks.Import;
using Relief.Benchmarks.Scale;
using Relief.Core.Data;
using Relief.Core.Features.Attachments;
using Relief.Core.Features.Households;
using SkiaSharp;

namespace Relief.Benchmarks.Attachments;

/// <summary>
/// <c>attachments [--uploads 100] [--concurrency 1]</c>: UPLOADS phone photos of about 4 MB (4,000 × 3,000 JPEG) through
/// the real <see cref="AttachmentService"/> (intake, re-encoding, the store on disk, the row with its audit entry) into a
/// fresh SQLite database holding the demo data, CONCURRENCY at a time. Prints per-upload p50/p95, throughput, the
/// process's peak working set, and what one photo costs in storage (files and database), scaled to 10,000 visits.
/// The photos are made before the clock starts; each differs from the others, so none is stored as a duplicate.
/// </summary>
internal static class AttachmentUploadCommand
{
    public const string Name = "attachments";
    private const int PhotosPerVisit = 2;

    public static int Run(string[] args)
    {
        var uploads = int.Parse(ScaleGenerator.Option(args, "--uploads") ?? "100", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(ScaleGenerator.Option(args, "--concurrency") ?? "1", CultureInfo.InvariantCulture);
        return RunAsync(uploads, concurrency).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int uploads, int concurrency)
    {
        var work = Path.Combine(Path.GetTempPath(), $"relief-attachments-{Environment.ProcessId}");
        var databasePath = work + ".db";
        Directory.CreateDirectory(work);
        try
        {
            await using var services = ScaleServices.Build(databasePath, withInterceptors: true);
            services.GetRequiredService<ActingUser>().Current = await ImportCommand.PrepareAsync(services);
            var options = Options.Create(new AttachmentOptions { Folder = work, MaxMegabytesPerHousehold = 10_000 });
            var store = new FileSystemAttachmentStore(options);
            var intake = new AttachmentIntake(options);
            var households = await InScopeAsync(services, sp => sp.GetRequiredService<ReliefDbContext>().Households
                .Where(h => h.Status == HouseholdStatus.Active).OrderBy(h => h.Id).Select(h => h.Id).Take(20).ToListAsync());
            var databaseBefore = new FileInfo(databasePath).Length;

            var photos = Enumerable.Range(0, uploads).Select(Photo).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{uploads} uploads of {photos.Average(p => p.Length) / 1048576.0:F2} MB photos (4,000 × 3,000 JPEG), {concurrency} at a time; {Environment.ProcessorCount} cores, load {ImportCommand.LoadAverage()}"));
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            // The process's own peak includes making the photos; this samples the working set while uploading only.
            var workingSetBefore = CurrentWorkingSet();
            long uploadPeak = workingSetBefore;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    uploadPeak = Math.Max(uploadPeak, CurrentWorkingSet());
                    try { await Task.Delay(20, sampling.Token); } catch (OperationCanceledException) { break; }
                }
            });
            var times = new List<double>(uploads);
            var failures = 0;
            var total = Stopwatch.StartNew();
            using var gate = new SemaphoreSlim(concurrency);
            var tasks = photos.Select(async (photo, i) =>
            {
                await gate.WaitAsync();
                try
                {
                    var one = Stopwatch.StartNew();
                    var result = await InScopeAsync(services, sp => ActivatorUtilities.CreateInstance<AttachmentService>(sp, store, intake, options)
                        .UploadAsync(new AttachmentUpload
                        {
                            OwnerKind = AttachmentOwnerKind.Household, OwnerId = households[i % households.Count], KindId = AttachmentKinds.Other,
                            FileName = $"IMG_{i:D4}.jpg", ClientUploadId = Guid.NewGuid(), Content = photo,
                        }));
                    lock (times) times.Add(one.Elapsed.TotalMilliseconds);
                    if (!result.Succeeded || result.Value!.AlreadyThere) Interlocked.Increment(ref failures);
                }
                finally
                {
                    gate.Release();
                }
            }).ToList();
            await Task.WhenAll(tasks);
            total.Stop();
            await sampling.CancelAsync();
            await sampler;

            times.Sort();
            var storedBytes = Directory.EnumerateFiles(work, "*.bin", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var databaseGrowth = new FileInfo(databasePath).Length - databaseBefore;
            var perPhoto = (storedBytes + (double)databaseGrowth) / uploads;
            var inputMegabytes = photos.Sum(p => (double)p.Length) / 1048576;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  per upload: p50 {Percentile(times, 0.50):F0} ms, p95 {Percentile(times, 0.95):F0} ms, max {times[^1]:F0} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  total {total.Elapsed.TotalSeconds:F1} s: {uploads / total.Elapsed.TotalSeconds:F1} uploads/s, {inputMegabytes / total.Elapsed.TotalSeconds:F1} MB/s of photos taken in"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  working set while uploading: {workingSetBefore / 1048576} MB before (the {inputMegabytes:F0} MB of photos made beforehand included), peak {uploadPeak / 1048576} MB (+{(uploadPeak - workingSetBefore) / 1048576} MB); managed allocations {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0 / uploads:F1} MB per upload"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  stored: {storedBytes / 1048576.0 / uploads:F3} MB of files per photo (image + thumbnail), {databaseGrowth / 1024.0 / uploads:F2} KB of database per photo (row, indexes, audit entry)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  10,000 visits with {PhotosPerVisit} photos each: {perPhoto * PhotosPerVisit * 10_000 / 1073741824.0:F1} GB"));
            if (failures > 0) Console.Error.WriteLine($"{failures} uploads were refused or stored as duplicates.");
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(databasePath);
            Directory.Delete(work, recursive: true);
        }
    }

    private static long CurrentWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static async Task<T> InScopeAsync<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>A 4,000 × 3,000 photo with the grain of a real one (JPEG of noise on a gradient at quality 88 comes out near 4 MB; noise does not compress, so the stored sizes are an upper bound), different for each index.</summary>
    private static byte[] Photo(int index)
    {
        const int width = 4000, height = 3000;
        var random = new Random(index);
        var pixels = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var at = (y * width + x) * 4;
                var grain = random.Next(-28, 28);
                pixels[at] = (byte)Math.Clamp(x * 255 / width + grain, 0, 255);
                pixels[at + 1] = (byte)Math.Clamp(y * 255 / height + grain, 0, 255);
                pixels[at + 2] = (byte)Math.Clamp(120 + index + grain, 0, 255);
                pixels[at + 3] = 255;
            }
        }
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 88);
        return data.ToArray();
    }

    private static double Percentile(List<double> sorted, double share) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
}
