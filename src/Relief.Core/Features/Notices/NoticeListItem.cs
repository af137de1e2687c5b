namespace Relief.Core.Features.Notices;

public sealed record NoticeListItem(
    int Id, string Title, string UnitName, DateOnly PostedOn, DateOnly EndsOn, NoticeStatus Status, int Rows, decimal Total, int OpenObjections);
