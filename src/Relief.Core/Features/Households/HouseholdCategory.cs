namespace Relief.Core.Features.Households;

/// <summary>对象类别. A household may have several. Stored by number: never renumber.</summary>
public enum HouseholdCategory
{
    /// <summary>困难职工</summary>
    HardshipEmployee = 1,
    /// <summary>特困职工</summary>
    ExtremeHardshipEmployee = 2,
    /// <summary>大病致贫</summary>
    SeriousIllness = 3,
    /// <summary>单亲家庭</summary>
    SingleParent = 4,
    /// <summary>公亡/烈士家属</summary>
    MartyrFamily = 5,
    /// <summary>二期以上矽肺病</summary>
    Silicosis = 6,
    /// <summary>离休干部</summary>
    RetiredCadre = 7,
    /// <summary>退休/退养人员</summary>
    Retiree = 8,
    /// <summary>劳动模范</summary>
    ModelWorker = 9,
    /// <summary>农民工</summary>
    MigrantWorker = 10,
    /// <summary>残疾</summary>
    Disabled = 11,
    /// <summary>伤病住院</summary>
    Hospitalised = 12,
    /// <summary>困难工会干部</summary>
    UnionCadre = 13,
    /// <summary>受助学生</summary>
    AidedStudent = 14,
}
