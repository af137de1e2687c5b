using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Relief.Benchmarks.Pdf;

/// <summary>
/// Pages per second and peak memory of Relief.Pdf for a 500-page table and a 20-page text document, beside
/// PDFsharp drawing the same table pages. Each scenario runs in its own child process so that its peak
/// working set is its own.
/// </summary>
internal static class PdfBenchmark
{
    public const string ScenarioCommand = "pdf-scenario";
    private const int TablePages = 500;
    private const int TextPages = 20;
    private const int TimedRuns = 3;

    public static int Run(string[] args)
    {
        Console.WriteLine("Calibrating document sizes...");
        var rowsPerPage = LargestCountOnPages(count => BenchmarkDocuments.Table(count), 1, 1);
        var textParagraphs = LargestCountOnPages(count => BenchmarkDocuments.Text(count), TextPages, 4);
        var tableRows = rowsPerPage * TablePages;
        Console.WriteLine($"Table: {rowsPerPage} rows per page, {tableRows} rows; text: {textParagraphs} paragraphs.");

        var results = new[]
        {
            RunChild("relief-table", tableRows, rowsPerPage),
            RunChild("pdfsharp-table", tableRows, rowsPerPage),
            RunChild("relief-text", textParagraphs, 0),
        };

        Console.WriteLine();
        Console.WriteLine($"{"scenario",-16}{"pages",7}{"median s",10}{"best s",9}{"pages/s",10}{"PDF KB",9}{"peak WS MB",12}{"alloc MB/run",14}");
        foreach (var result in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Name,-16}{result.Pages,7}{result.MedianSeconds,10:F3}{result.BestSeconds,9:F3}{result.PagesPerSecond,10:F0}" +
                $"{result.Bytes / 1024,9}{result.PeakWorkingSet / 1048576,12}{result.AllocatedPerRun / 1048576,14}"));
        }

        return 0;
    }

    /// <summary>Child process entry: <c>pdf-scenario NAME COUNT ROWS_PER_PAGE</c>; prints one result line.</summary>
    public static int RunScenario(string[] args)
    {
        var name = args[0];
        var count = int.Parse(args[1], CultureInfo.InvariantCulture);
        var rowsPerPage = int.Parse(args[2], CultureInfo.InvariantCulture);
        ILogger? logger = Environment.GetEnvironmentVariable("RELIEF_BENCHMARK_VERBOSE") == "1" ? new ConsoleErrorLogger() : null;
        Func<Stream, int> render = name switch
        {
            "relief-table" => output => Timed("compose", logger, () => BenchmarkDocuments.Table(count)).GeneratePdf(output, logger: logger),
            "pdfsharp-table" => output => PdfSharpTable.Render(count, rowsPerPage, output),
            "relief-text" => output => Timed("compose", logger, () => BenchmarkDocuments.Text(count)).GeneratePdf(output, logger: logger),
            _ => throw new ArgumentException($"Unknown scenario '{name}'.", nameof(args)),
        };

        // Warm-up: loads fonts and JIT-compiles on a full run, which is then discarded.
        using (var warmUp = new MemoryStream())
        {
            render(warmUp);
        }

        var seconds = new List<double>();
        var pages = 0;
        long bytes = 0;
        long allocated = 0;
        for (var run = 0; run < TimedRuns; run++)
        {
            using var output = new MemoryStream();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            pages = render(output);
            stopwatch.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            seconds.Add(stopwatch.Elapsed.TotalSeconds);
            bytes = output.Length;
        }

        seconds.Sort();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var result = new ScenarioResult(name, pages, seconds[seconds.Count / 2], seconds[0], bytes, process.PeakWorkingSet64, allocated);
        Console.WriteLine(result.ToLine());
        return 0;
    }

    private static T Timed<T>(string phase, ILogger? logger, Func<T> action)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = action();
        logger?.LogDebug("{Phase} {Milliseconds:F0} ms", phase, stopwatch.Elapsed.TotalMilliseconds);
        return result;
    }

    private static ScenarioResult RunChild(string name, int count, int rowsPerPage)
    {
        Console.WriteLine($"Running {name}...");
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(PdfBenchmark).Assembly.Location);
        }

        foreach (var argument in new[] { ScenarioCommand, name, count.ToString(CultureInfo.InvariantCulture), rowsPerPage.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}.");
        var lines = child.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        child.WaitForExit();
        if (child.ExitCode != 0 || lines.Length == 0)
        {
            throw new InvalidOperationException($"Scenario {name} failed with exit code {child.ExitCode}.");
        }

        return ScenarioResult.Parse(lines[^1].TrimEnd('\r'));
    }

    /// <summary>The largest count whose document still fits in <paramref name="pages"/> pages (found by doubling, then halving).</summary>
    private static int LargestCountOnPages(Func<int, Relief.Pdf.Document> create, int pages, int start)
    {
        int PagesFor(int count) => create(count).GeneratePdf(Stream.Null);

        var low = start;
        var high = start * 2;
        while (PagesFor(high) <= pages)
        {
            low = high;
            high *= 2;
        }

        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (PagesFor(middle) <= pages)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
