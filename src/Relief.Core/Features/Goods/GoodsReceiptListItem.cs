namespace Relief.Core.Features.Goods;

public sealed record GoodsReceiptListItem(
    int Id, DateOnly ReceivedOn, string Donor, string ItemName, string Unit, decimal Quantity, decimal Value, string UnitName, string? Note, string? RecordedBy);
