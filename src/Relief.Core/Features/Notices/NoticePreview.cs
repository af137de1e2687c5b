namespace Relief.Core.Features.Notices;

/// <summary>What posting would list, and the end date it would get; nothing saved.</summary>
public sealed record NoticePreview(DateOnly EndsOn, IReadOnlyList<NoticeRow> Rows)
{
    public decimal Total => Rows.Sum(r => r.Amount);
}
