using Relief.Core.Common;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Households;

/// <summary>一户一档: the file of one household, headed by an employee or retiree.</summary>
public class Household : IVersioned, IUnitOwned
{
    private string _idNumberMasked = "";

    public int Id { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }

    public required string Name { get; set; }
    public Gender Gender { get; set; }
    public DateOnly? BirthDate { get; set; }

    /// <summary>The resident ID number, encrypted with Data Protection. Never logged, never audited in clear.</summary>
    public required string IdNumberCipher { get; set; }
    /// <summary>Keyed hash of the normalized ID number: finds a person across the whole system without decrypting.</summary>
    public required string IdNumberHash { get; set; }
    /// <summary>e.g. 3301**********1234: what lists and most roles see. Setting it also sets <see cref="IdNumberLastFour"/>.</summary>
    public required string IdNumberMasked
    {
        get => _idNumberMasked;
        set
        {
            _idNumberMasked = value;
            IdNumberLastFour = value.Length > 4 ? value[^4..] : value;
        }
    }

    /// <summary>
    /// The last four characters of the ID number (already shown in the masked form), kept in their own indexed column
    /// so a search by them is a look-up, not a scan of every file. Derived from <see cref="IdNumberMasked"/>, never set alone.
    /// </summary>
    public string IdNumberLastFour { get; private set; } = "";

    public HeadOfHouseholdKind HeadKind { get; set; }
    public string? Workplace { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? Region { get; set; }
    /// <summary>偏远: reached by phone or letter rather than in person.</summary>
    public bool IsRemote { get; set; }

    public HardshipLevel Level { get; set; }
    public string? Causes { get; set; }
    /// <summary>Sensitive: shown only in the file itself.</summary>
    public string? IllnessDetails { get; set; }
    public decimal? PerCapitaIncome { get; set; }
    public int FamilySize { get; set; } = 1;
    /// <summary>重点: 特困, 大病致贫, 单亲 and others the union singles out.</summary>
    public bool IsPriority { get; set; }

    public HouseholdStatus Status { get; set; }
    public DateOnly StatusSince { get; set; }
    public ClosureReason? ClosureReason { get; set; }

    public List<HouseholdCategoryAssignment> Categories { get; set; } = [];
    public List<FamilyMember> Members { get; set; } = [];
    public List<HouseholdStatusChange> StatusHistory { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }
}
