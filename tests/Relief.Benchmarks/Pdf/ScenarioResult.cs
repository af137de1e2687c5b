using System.Globalization;

namespace Relief.Benchmarks.Pdf;

/// <summary>One scenario's measurements, passed from the child process to the parent as one tab-separated line.</summary>
internal sealed record ScenarioResult(
    string Name, int Pages, double MedianSeconds, double BestSeconds, long Bytes, long PeakWorkingSet, long AllocatedPerRun)
{
    public double PagesPerSecond => Pages / MedianSeconds;

    public string ToLine() => string.Join('\t',
        Name,
        Pages.ToString(CultureInfo.InvariantCulture),
        MedianSeconds.ToString("R", CultureInfo.InvariantCulture),
        BestSeconds.ToString("R", CultureInfo.InvariantCulture),
        Bytes.ToString(CultureInfo.InvariantCulture),
        PeakWorkingSet.ToString(CultureInfo.InvariantCulture),
        AllocatedPerRun.ToString(CultureInfo.InvariantCulture));

    public static ScenarioResult Parse(string line)
    {
        var parts = line.Split('\t');
        return new ScenarioResult(
            parts[0],
            int.Parse(parts[1], CultureInfo.InvariantCulture),
            double.Parse(parts[2], CultureInfo.InvariantCulture),
            double.Parse(parts[3], CultureInfo.InvariantCulture),
            long.Parse(parts[4], CultureInfo.InvariantCulture),
            long.Parse(parts[5], CultureInfo.InvariantCulture),
            long.Parse(parts[6], CultureInfo.InvariantCulture));
    }
}
