using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.Grants;

public sealed class GrantItemConfiguration : IEntityTypeConfiguration<GrantItem>
{
    public void Configure(EntityTypeBuilder<GrantItem> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(FieldLengths.ItemName);
        builder.Property(i => i.Unit).HasMaxLength(FieldLengths.ItemUnit);
        builder.Property(i => i.Quantity).HasPrecision(Money.Precision, Money.QuantityScale);
        builder.Property(i => i.UnitValue).IsMoney();
    }
}
