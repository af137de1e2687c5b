using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.Pairing;

public sealed class HelpRecordConfiguration : IEntityTypeConfiguration<HelpRecord>
{
    public void Configure(EntityTypeBuilder<HelpRecord> builder)
    {
        builder.Property(r => r.Amount).IsMoney();
        builder.Property(r => r.ItemName).HasMaxLength(FieldLengths.ItemName);
        builder.Property(r => r.Quantity).HasPrecision(Money.Precision, Money.QuantityScale);
        builder.Property(r => r.Unit).HasMaxLength(FieldLengths.ItemUnit);
        builder.Property(r => r.Description).HasMaxLength(FieldLengths.ShortText);
        builder.Property(r => r.RecordedBy).HasMaxLength(FieldLengths.UserName);
        // Help is recorded against a pair: a household cannot leave a pairing while help to it is on record.
        builder.HasOne<PairedHousehold>().WithMany().HasForeignKey(r => new { r.PairingId, r.HouseholdId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PairingId, r.HouseholdId, r.GivenOn });
    }
}
