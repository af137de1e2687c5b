namespace Relief.Core.Features.Grants;

public sealed record BulkApplicationResult(IReadOnlyList<BulkApplicationLine> Applications, IReadOnlyList<BulkApplicationSkip> Skipped)
{
    public decimal TotalAmount => Applications.Sum(a => a.Amount);
}
