namespace Relief.Web.Hosting;

/// <summary>Demo data, configured under "Relief". Seeded in Development only, whatever this says elsewhere.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "Relief";

    /// <summary>Fill an empty Development database with the demo union, its campaigns and accounts.</summary>
    public bool SeedDemoData { get; set; } = true;
}
