using Relief.Core.Features.Grants;

namespace Relief.Web.Pages.Meetings;

/// <summary>One application's row of the decision form, as typed: nothing is decided until an outcome is chosen.</summary>
public sealed class DecisionRow
{
    public int GrantId { get; set; }
    public Guid GrantVersion { get; set; }
    public DecisionOutcome? Outcome { get; set; }
    public decimal? ApprovedAmount { get; set; }
    public int? FundSourceId { get; set; }
    public string? Reason { get; set; }

    public DecisionInput ToInput() => new()
    {
        GrantId = GrantId,
        GrantVersion = GrantVersion,
        Outcome = Outcome ?? DecisionOutcome.Approved,
        // A rejection charges nothing: a fund or amount left selected in the row is not part of it.
        ApprovedAmount = Outcome == DecisionOutcome.Rejected ? null : ApprovedAmount,
        FundSourceId = Outcome == DecisionOutcome.Rejected ? null : FundSourceId,
        Reason = Reason,
    };
}
