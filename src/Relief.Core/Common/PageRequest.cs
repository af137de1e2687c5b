namespace Relief.Core.Common;

public readonly record struct PageRequest(int Page = 1, int PageSize = PageRequest.DefaultSize)
{
    public const int DefaultSize = 25;
    public const int MaxSize = 200;

    public int SafePage => Math.Max(1, Page);
    public int SafeSize => Math.Clamp(PageSize, 1, MaxSize);
    public int Skip => (SafePage - 1) * SafeSize;
}
