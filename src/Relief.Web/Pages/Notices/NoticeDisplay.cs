using Relief.Core.Features.Notices;

namespace Relief.Web.Pages.Notices;

/// <summary>Badges of the notice pages, in the colours of the grant states they correspond to (公示中 amber, 已结束 grey).</summary>
public static class NoticeDisplay
{
    public static string StatusBadge(NoticeStatus status) => "badge badge-state " + status switch
    {
        NoticeStatus.Posted => "state-onnotice",
        NoticeStatus.Closed => "state-disbursed",
        _ => "state-withdrawn",
    };

    public static string OutcomeBadge(ObjectionOutcome outcome) => "badge badge-state " + outcome switch
    {
        ObjectionOutcome.Open => "state-applied",
        ObjectionOutcome.Upheld => "state-rejected",
        _ => "state-approved",
    };
}
