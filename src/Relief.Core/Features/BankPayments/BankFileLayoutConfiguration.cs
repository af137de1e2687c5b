using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.BankPayments;

public sealed class BankFileLayoutConfiguration : IEntityTypeConfiguration<BankFileLayout>
{
    public void Configure(EntityTypeBuilder<BankFileLayout> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(FieldLengths.Title);
        builder.Property(l => l.SheetName).HasMaxLength(FieldLengths.SheetName);
        builder.Property(l => l.Columns).HasMaxLength(FieldLengths.LongText);
        builder.Property(l => l.StatusHeader).HasMaxLength(FieldLengths.Name);
        builder.Property(l => l.ReasonHeader).HasMaxLength(FieldLengths.Name);
        builder.Property(l => l.DateHeader).HasMaxLength(FieldLengths.Name);
        builder.Property(l => l.ReferenceHeader).HasMaxLength(FieldLengths.Name);
        builder.Property(l => l.PaidValues).HasMaxLength(FieldLengths.ShortText);
        builder.Property(l => l.FailedValues).HasMaxLength(FieldLengths.ShortText);
        builder.HasVersion();
        builder.HasIndex(l => l.Name).IsUnique();
    }
}
