using System.Globalization;

namespace Relief.Benchmarks.Timings;

/// <summary>The timed runs of one scenario for one user, in milliseconds.</summary>
internal sealed record Measurement(string Scenario, string Actor, IReadOnlyList<double> Milliseconds, string Result)
{
    public double P50 => Percentile(0.50);
    public double P95 => Percentile(0.95);
    public double Max => Milliseconds.Max();

    /// <summary>Nearest-rank percentile.</summary>
    private double Percentile(double p)
    {
        var sorted = Milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public string ToRow(double? targetMilliseconds) => string.Create(CultureInfo.InvariantCulture,
        $"| {Scenario} | {Actor} | {Milliseconds.Count} | {P50:F1} | {P95:F1} | {Max:F1} | {(targetMilliseconds is { } t ? $"{t:F0}" : "—")} | {(targetMilliseconds is { } target ? (P95 <= target ? "met" : $"**missed** ({P95 / target:F1}×)") : "")} | {Result} |");
}
