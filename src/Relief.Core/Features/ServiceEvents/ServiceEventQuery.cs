namespace Relief.Core.Features.ServiceEvents;

/// <summary>The event list's filters.</summary>
public sealed record ServiceEventQuery
{
    public int? CampaignId { get; set; }
    public ServiceEventKind? Kind { get; set; }
    /// <summary>Part of the event's name, place or partners.</summary>
    public string? Search { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
