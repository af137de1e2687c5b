using Relief.Benchmarks.Attachments;
using Relief.Benchmarks.BankPayments;
using Relief.Benchmarks.Committee;
using Relief.Benchmarks.Fonts;
using Relief.Benchmarks.Import;
using Relief.Benchmarks.Pdf;
using Relief.Benchmarks.Printouts;
using Relief.Benchmarks.Scale;
using Relief.Benchmarks.Timings;

// A small command dispatcher: each benchmark or generator registers one command here.
//   dotnet run -c Release --project tests/Relief.Benchmarks -- pdf
//   dotnet run -c Release --project tests/Relief.Benchmarks -- generate --out /tmp/relief-province.db [--force]
//   dotnet run -c Release --project tests/Relief.Benchmarks -- timings --db /tmp/relief-province.db [--runs 60] [--explain] [--profile]
//   dotnet run -c Release --project tests/Relief.Benchmarks -- import [--rows 50000] [--runs 3]
//   dotnet run -c Release --project tests/Relief.Benchmarks -- visit-load --db /tmp/relief-load.db --count 200 --concurrency 8
//   dotnet run -c Release --project tests/Relief.Benchmarks -- printouts [--grants 100000] [--visits 50000] [--lines 10000] [--runs 5] [--db PATH]
//   dotnet run -c Release --project tests/Relief.Benchmarks -- decide-batch --db /tmp/relief-province.db [--grants 2039] [--runs 3]
//   dotnet run -c Release --project tests/Relief.Benchmarks -- bank-batch [--lines 10000] [--runs 3]
//   dotnet run -c Release --project tests/Relief.Benchmarks -- attachments [--uploads 100] [--concurrency 1]
//   dotnet run -c Release --project tests/Relief.Benchmarks -- fallback-font --source NotoSansJP_400Regular.ttf --out src/Relief.Pdf/Fonts/NotoSansJP-Regular-Fallback.ttf
var commands = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["pdf"] = PdfBenchmark.Run,
    [PdfBenchmark.ScenarioCommand] = PdfBenchmark.RunScenario,
    ["generate"] = ScaleGenerator.Run,
    ["timings"] = TimingsCommand.Run,
    ["visit-load"] = VisitLoadCommand.Run,
    ["import"] = ImportCommand.Run,
    ["printouts"] = PrintoutsCommand.Run,
    ["decide-batch"] = DecideBatchCommand.Run,
    [PrintoutsCommand.MeasureCommand] = PrintoutsCommand.Measure,
    [FallbackFontCommand.Name] = FallbackFontCommand.Run,
    [AttachmentUploadCommand.Name] = AttachmentUploadCommand.Run,
    [BankBatchCommand.Name] = BankBatchCommand.Run,
};

if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
{
    Console.Error.WriteLine($"Usage: Relief.Benchmarks <{string.Join('|', commands.Keys)}> [options]");
    return 2;
}

return command(args[1..]);
