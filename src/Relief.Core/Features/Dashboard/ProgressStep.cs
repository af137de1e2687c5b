namespace Relief.Core.Features.Dashboard;

/// <summary>
/// Households that reached a step, out of the households the step is measured against: surveyed, applied and visited
/// out of the households in hardship on file; approved out of applied; noticed and paid out of approved.
/// </summary>
public sealed record ProgressStep(WorkStep Step, int Households, int OutOf)
{
    /// <summary>Rounded to one decimal; 0 when there is nothing to measure against.</summary>
    public decimal Percent => OutOf == 0 ? 0m : Math.Round(100m * Households / OutOf, 1, MidpointRounding.AwayFromZero);
}
