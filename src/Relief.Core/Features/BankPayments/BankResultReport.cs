namespace Relief.Core.Features.BankPayments;

/// <summary>
/// What importing a result file did: lines paid and failed now, lines the batch already held as the file says
/// (unchanged: a re-import), lines with no result yet, and each refused line with its row and why.
/// </summary>
public sealed record BankResultReport(int Paid, int Failed, int Unchanged, int NoResult, IReadOnlyList<RefusedResultLine> Refused, bool Settled)
{
    public bool ChangedAnything => Paid + Failed > 0;
}
