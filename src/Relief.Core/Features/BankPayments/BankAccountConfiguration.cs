using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.BankPayments;

public sealed class BankAccountConfiguration : IEntityTypeConfiguration<BankAccount>
{
    public void Configure(EntityTypeBuilder<BankAccount> builder)
    {
        builder.Property(a => a.BankName).HasMaxLength(FieldLengths.Title);
        builder.Property(a => a.Branch).HasMaxLength(FieldLengths.Title);
        builder.Property(a => a.HolderName).HasMaxLength(FieldLengths.Name);
        builder.Property(a => a.NumberCipher).HasMaxLength(FieldLengths.IdNumberCipher).IsSensitive();
        builder.Property(a => a.NumberHash).HasMaxLength(FieldLengths.IdNumberHash).IsSensitive();
        builder.Property(a => a.NumberMasked).HasMaxLength(FieldLengths.CardNumberMasked);
        builder.HasVersion();
        // One payee account per household: a second is a change of the first.
        builder.HasIndex(a => a.HouseholdId).IsUnique();
        builder.HasOne(a => a.Household).WithMany().HasForeignKey(a => a.HouseholdId).OnDelete(DeleteBehavior.Cascade);
    }
}
