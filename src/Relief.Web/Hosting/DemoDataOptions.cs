namespace Relief.Web.Hosting;

/// <summary>Demo data, configured under "Relief". Seeded in Development only, whatever this says elsewhere.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "Relief";

    /// <summary>Fill an empty Development database with the demo union, its campaigns and accounts.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>
    /// Move the demo from its story day (early 2021) into the present, so this season's campaign is running. Tests set
    /// it off to keep the story's dates.
    /// </summary>
    public bool DemoInThePresent { get; set; } = true;
}
