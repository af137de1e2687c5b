namespace Relief.Core.Features.Surveys;

/// <summary>The order of the priority list: 特困, then 大病致贫, then 单亲, then others flagged 重点, then the rest.</summary>
public enum PriorityGroup
{
    ExtremeHardship = 0,
    SeriousIllness = 1,
    SingleParent = 2,
    Flagged = 3,
    Other = 4,
}
