namespace Relief.Core.Common;

public readonly record struct PageRequest(int Page = 1, int PageSize = PageRequest.DefaultSize)
{
    public const int DefaultSize = 25;
    public const int MaxSize = 200;

    public int SafePage => Math.Max(1, Page);
    // default(PageRequest) has a size of 0: treat it as the default size, not as one row.
    public int SafeSize => PageSize <= 0 ? DefaultSize : Math.Min(PageSize, MaxSize);
    public int Skip => (SafePage - 1) * SafeSize;
}
