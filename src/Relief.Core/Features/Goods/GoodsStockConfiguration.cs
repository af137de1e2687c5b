using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Features.Goods;

public sealed class GoodsStockConfiguration : IEntityTypeConfiguration<GoodsStock>
{
    public void Configure(EntityTypeBuilder<GoodsStock> builder)
    {
        builder.Property(s => s.ItemName).HasMaxLength(FieldLengths.ItemName);
        builder.Property(s => s.Unit).HasMaxLength(FieldLengths.ItemUnit);
        builder.Property(s => s.ReceivedQuantity).HasPrecision(Money.Precision, Money.QuantityScale);
        builder.Property(s => s.HandedOutQuantity).HasPrecision(Money.Precision, Money.QuantityScale);
        builder.Property(s => s.ReceivedValue).IsMoney();
        builder.Property(s => s.HandedOutValue).IsMoney();
        builder.Ignore(s => s.BalanceQuantity);
        builder.Ignore(s => s.BalanceValue);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        // One stock row per item and unit of a holder in a campaign: two first receipts of 米 · 袋 at once cannot make two.
        builder.HasIndex(s => new { s.CampaignId, s.OrgUnitId, s.ItemName, s.Unit }).IsUnique();
        builder.HasVersion();
    }
}
