using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Features.Goods;

public sealed class GoodsReceiptConfiguration : IEntityTypeConfiguration<GoodsReceipt>
{
    public void Configure(EntityTypeBuilder<GoodsReceipt> builder)
    {
        builder.Property(r => r.Donor).HasMaxLength(FieldLengths.Title);
        builder.Property(r => r.ItemName).HasMaxLength(FieldLengths.ItemName);
        builder.Property(r => r.Unit).HasMaxLength(FieldLengths.ItemUnit);
        builder.Property(r => r.Quantity).HasPrecision(Money.Precision, Money.QuantityScale);
        builder.Property(r => r.Value).IsMoney();
        builder.Property(r => r.Note).HasMaxLength(FieldLengths.ShortText);
        builder.Property(r => r.RecordedBy).HasMaxLength(FieldLengths.UserName);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Stock).WithMany().HasForeignKey(r => r.GoodsStockId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CampaignId, r.ReceivedOn });
    }
}
