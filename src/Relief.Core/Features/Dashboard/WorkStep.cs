namespace Relief.Core.Features.Dashboard;

/// <summary>The steps of a campaign's work, in order, as the progress bars show them.</summary>
public enum WorkStep
{
    Surveyed = 0,
    Applied = 1,
    Approved = 2,
    Noticed = 3,
    Paid = 4,
    Visited = 5,
}
