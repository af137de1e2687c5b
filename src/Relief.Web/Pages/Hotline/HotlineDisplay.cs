using System.Globalization;
using Relief.Core.Features.Hotline;

namespace Relief.Web.Pages.Hotline;

/// <summary>How the hotline pages write a call's time and outcome: one badge colour per outcome, always with its word.</summary>
public static class HotlineDisplay
{
    public static string OutcomeBadge(CallOutcome outcome) => "badge badge-state " + outcome switch
    {
        CallOutcome.Answered => "state-approved",
        CallOutcome.Referred => "state-payable",
        _ => "state-onnotice",
    };

    /// <summary>The value of a datetime-local input: 2021-01-07T11:00.</summary>
    public static string InputValue(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
