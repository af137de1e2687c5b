namespace Relief.Core.Features.Pairing;

/// <summary>The pairing overview's filters. A campaign selects its own pairings and the year-long ones of its year.</summary>
public sealed record PairingQuery
{
    public int? CampaignId { get; set; }
    public int? Year { get; set; }
    /// <summary>Part of a helper's name or workplace, or of a paired household's name.</summary>
    public string? Search { get; set; }
}
