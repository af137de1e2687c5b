namespace Relief.Core.Features.Visits;

public enum VisitKind
{
    /// <summary>登门走访</summary>
    Home = 0,
    /// <summary>医院看望</summary>
    Hospital = 1,
    /// <summary>电话慰问</summary>
    Phone = 2,
    /// <summary>信函慰问</summary>
    Letter = 3,
    /// <summary>座谈会</summary>
    Symposium = 4,
    /// <summary>集中慰问</summary>
    GroupEvent = 5,
}
