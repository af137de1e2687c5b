using Relief.Core.Features.Grants;
using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Hotline;

/// <summary>The suggestions a call makes when it becomes a concern or an application; the officer can change them.</summary>
public static class CallMapping
{
    public static ConcernCategory ConcernCategoryOf(HotlineCallCategory category) => category switch
    {
        HotlineCallCategory.Living or HotlineCallCategory.ReliefRequest => ConcernCategory.Living,
        HotlineCallCategory.Medical => ConcernCategory.Medical,
        HotlineCallCategory.Schooling => ConcernCategory.Schooling,
        HotlineCallCategory.Employment => ConcernCategory.Employment,
        HotlineCallCategory.Housing => ConcernCategory.Housing,
        _ => ConcernCategory.Other,
    };

    public static GrantKind GrantKindOf(HotlineCallCategory category) => category switch
    {
        HotlineCallCategory.ReliefRequest => GrantKind.Emergency,
        HotlineCallCategory.Medical => GrantKind.SeriousIllnessAid,
        HotlineCallCategory.Schooling => GrantKind.StudentAid,
        _ => GrantKind.HardshipSubsidy,
    };
}
