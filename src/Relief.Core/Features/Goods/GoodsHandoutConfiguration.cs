using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;

namespace Relief.Core.Features.Goods;

public sealed class GoodsHandoutConfiguration : IEntityTypeConfiguration<GoodsHandout>
{
    public void Configure(EntityTypeBuilder<GoodsHandout> builder)
    {
        builder.Property(h => h.Quantity).HasPrecision(Money.Precision, Money.QuantityScale);
        builder.Property(h => h.Value).IsMoney();
        builder.Property(h => h.HandedOutBy).HasMaxLength(FieldLengths.Name);
        builder.Property(h => h.Note).HasMaxLength(FieldLengths.ShortText);
        builder.HasOne(x => x.Stock).WithMany().HasForeignKey(h => h.GoodsStockId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Grant>().WithMany().HasForeignKey(h => h.GrantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GrantItem>().WithMany().HasForeignKey(h => h.GrantItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(h => h.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        // A grant's item leaves the stock once: a second hand-out of it, even at the same moment, is refused.
        builder.HasIndex(h => h.GrantItemId).IsUnique();
        builder.HasIndex(h => h.GoodsStockId);
        builder.HasIndex(h => h.GrantId);
    }
}
