namespace Relief.Core.Features.Households;

/// <summary>What the create and edit forms bind. Gender and birth date are not asked: they come from the ID number.</summary>
public sealed record HouseholdInput
{
    public int OrgUnitId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Required on create. On edit, left blank keeps the stored number (most roles never see it in full).</summary>
    public string? IdNumber { get; set; }
    public HeadOfHouseholdKind HeadKind { get; set; }
    public string? Workplace { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? Region { get; set; }
    public bool IsRemote { get; set; }
    public HardshipLevel Level { get; set; } = HardshipLevel.General;
    public List<HouseholdCategory> Categories { get; set; } = [];
    public string? Causes { get; set; }
    public string? IllnessDetails { get; set; }
    public decimal? PerCapitaIncome { get; set; }
    public int FamilySize { get; set; } = 1;
    public bool IsPriority { get; set; }
    public List<FamilyMemberInput> Members { get; set; } = [];
    /// <summary>The version the edit form loaded; a stale one makes the save a conflict.</summary>
    public Guid Version { get; set; }
}
