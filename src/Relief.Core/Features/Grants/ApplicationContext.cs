using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Grants;

/// <summary>
/// What the application form shows before anything is typed: the household and campaign, the standards that apply to
/// the household's categories, the grants it already has in the campaign (one per kind), whether another unit has
/// helped it, which units may apply, and why no application can be made at all (a closed campaign, a closed file…).
/// </summary>
public sealed record ApplicationContext
{
    public required int HouseholdId { get; init; }
    public required string HouseholdName { get; init; }
    public required int OrgUnitId { get; init; }
    public required string UnitName { get; init; }
    public required HardshipLevel Level { get; init; }
    public required IReadOnlyList<HouseholdCategory> Categories { get; init; }
    public required int CampaignId { get; init; }
    public required string CampaignName { get; init; }
    public required CampaignStatus CampaignStatus { get; init; }
    /// <summary>The campaign's standards for the household's categories.</summary>
    public IReadOnlyList<CampaignStandardLine> Standards { get; init; } = [];
    /// <summary>Every grant of the household in the campaign, whichever unit holds it.</summary>
    public IReadOnlyList<ExistingGrantLine> Existing { get; init; } = [];
    /// <summary>The cross-level duplicate flag: other units' live grants to the household in this campaign.</summary>
    public string? HelpedElsewhere { get; init; }
    /// <summary>The household's unit first, then the units above it in the user's scope that may apply directly.</summary>
    public IReadOnlyList<(int Id, string Name)> ApplyingUnits { get; init; } = [];
    /// <summary>Why nothing can be applied for here, or null.</summary>
    public string? Refusal { get; init; }

    public decimal? StandardFor(HouseholdCategory category, GrantKind kind) =>
        Standards.FirstOrDefault(s => s.Category == category && s.Kind == kind)?.Amount;
}
