using Relief.Core.Features.Grants;

namespace Relief.Web.Pages.Meetings;

/// <summary>The agenda in numbers: on it, approved (and how much), rejected, still to decide.</summary>
public sealed record AgendaTotals(int OnAgenda, int Approved, decimal ApprovedAmount, int Rejected, int Waiting)
{
    public static AgendaTotals Of(IReadOnlyList<AgendaItem> agenda) => new(
        agenda.Count,
        agenda.Count(a => a.Outcome == DecisionOutcome.Approved),
        agenda.Where(a => a.Outcome == DecisionOutcome.Approved).Sum(a => a.ApprovedAmount ?? 0m),
        agenda.Count(a => a.Outcome == DecisionOutcome.Rejected),
        agenda.Count(a => a.AwaitsDecision));
}
