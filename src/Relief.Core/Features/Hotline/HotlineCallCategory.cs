namespace Relief.Core.Features.Hotline;

/// <summary>What a hotline caller wanted.</summary>
public enum HotlineCallCategory
{
    /// <summary>政策咨询</summary>
    PolicyQuestion = 0,
    /// <summary>申请救助</summary>
    ReliefRequest = 1,
    /// <summary>生活困难</summary>
    Living = 2,
    /// <summary>医疗</summary>
    Medical = 3,
    /// <summary>子女就学</summary>
    Schooling = 4,
    /// <summary>就业</summary>
    Employment = 5,
    /// <summary>住房</summary>
    Housing = 6,
    /// <summary>法律维权</summary>
    Legal = 7,
    /// <summary>意见建议</summary>
    Suggestion = 8,
    /// <summary>其他</summary>
    Other = 9,
}
