namespace Relief.Core.Features.Goods;

public sealed record GoodsReceiptTotals(int Receipts, int Donors, decimal Value);
