namespace Relief.Core.Features.Visits;

public enum ConcernCategory
{
    /// <summary>生活</summary>
    Living = 0,
    /// <summary>医疗</summary>
    Medical = 1,
    /// <summary>子女就学</summary>
    Schooling = 2,
    /// <summary>就业</summary>
    Employment = 3,
    /// <summary>住房</summary>
    Housing = 4,
    /// <summary>其他</summary>
    Other = 9,
}
