namespace Relief.Core.Common;

/// <summary>One page of a list plus the total, so pages can show "第 n 页 / 共 N 页，M 条".</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
