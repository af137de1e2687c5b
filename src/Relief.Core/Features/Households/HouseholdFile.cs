namespace Relief.Core.Features.Households;

/// <summary>
/// Everything the file page shows. The ID number is always masked here; the full one comes only from
/// <see cref="HouseholdService.RevealIdNumberAsync"/>, which is audited. Phone and illness details appear in the
/// file and nowhere else.
/// </summary>
public sealed record HouseholdFile
{
    public required int Id { get; init; }
    public required int OrgUnitId { get; init; }
    public required string UnitName { get; init; }
    public required string Name { get; init; }
    public Gender Gender { get; init; }
    public DateOnly? BirthDate { get; init; }
    public required string IdNumberMasked { get; init; }
    public HeadOfHouseholdKind HeadKind { get; init; }
    public string? Workplace { get; init; }
    public string? Phone { get; init; }
    public string? Address { get; init; }
    public string? Region { get; init; }
    public bool IsRemote { get; init; }
    public HardshipLevel Level { get; init; }
    public IReadOnlyList<HouseholdCategory> Categories { get; init; } = [];
    public string? Causes { get; init; }
    public string? IllnessDetails { get; init; }
    public decimal? PerCapitaIncome { get; init; }
    public int FamilySize { get; init; }
    public bool IsPriority { get; init; }
    public HouseholdStatus Status { get; init; }
    public DateOnly StatusSince { get; init; }
    public ClosureReason? ClosureReason { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public Guid Version { get; init; }

    public IReadOnlyList<FamilyMemberView> Members { get; init; } = [];
    /// <summary>Newest first.</summary>
    public IReadOnlyList<HouseholdHistoryEntry> History { get; init; } = [];
    public IReadOnlyList<HouseholdSurveyEntry> Surveys { get; init; } = [];
    public IReadOnlyList<HouseholdGrantEntry> Grants { get; init; } = [];
    public IReadOnlyList<HouseholdVisitEntry> Visits { get; init; } = [];
    public IReadOnlyList<HouseholdConcernEntry> Concerns { get; init; } = [];

    /// <summary>Whether the current user may call the audited reveal (Chair, Administrator).</summary>
    public bool CanRevealIdNumber { get; init; }
    /// <summary>The lifecycle steps allowed from the current status, for the page's buttons.</summary>
    public IReadOnlyList<HouseholdStatus> NextStatuses { get; init; } = [];
}
