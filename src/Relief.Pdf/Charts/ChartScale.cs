namespace Relief.Pdf.Charts;

/// <summary>An axis from zero to a round maximum, split into a few round steps.</summary>
internal readonly record struct ChartScale(double Maximum, double Step)
{
    private const int TargetSteps = 4;

    public static ChartScale For(double largestValue)
    {
        if (largestValue <= 0 || double.IsNaN(largestValue))
        {
            return new ChartScale(TargetSteps, 1);
        }

        var rough = largestValue / TargetSteps;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        var nice = fraction switch
        {
            <= 1 => 1,
            <= 2 => 2,
            <= 2.5 => 2.5,
            <= 5 => 5,
            _ => 10,
        };
        var step = nice * magnitude;
        return new ChartScale(step * Math.Ceiling(largestValue / step), step);
    }

    public int StepCount => (int)Math.Round(Maximum / Step);
}
