using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.BankPayments;

public sealed class BankAccountChangeConfiguration : IEntityTypeConfiguration<BankAccountChange>
{
    public void Configure(EntityTypeBuilder<BankAccountChange> builder)
    {
        builder.Property(c => c.ChangedBy).HasMaxLength(FieldLengths.UserName);
        builder.Property(c => c.Before).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.After).HasMaxLength(FieldLengths.ShortText);
        builder.HasIndex(c => c.HouseholdId);
        builder.HasOne<Household>().WithMany().HasForeignKey(c => c.HouseholdId).OnDelete(DeleteBehavior.Cascade);
    }
}
