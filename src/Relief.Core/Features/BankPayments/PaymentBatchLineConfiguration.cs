using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.BankPayments;

public sealed class PaymentBatchLineConfiguration : IEntityTypeConfiguration<PaymentBatchLine>
{
    public void Configure(EntityTypeBuilder<PaymentBatchLine> builder)
    {
        builder.Property(l => l.HolderName).HasMaxLength(FieldLengths.Name);
        builder.Property(l => l.BankName).HasMaxLength(FieldLengths.Title);
        builder.Property(l => l.Branch).HasMaxLength(FieldLengths.Title);
        builder.Property(l => l.AccountCipher).HasMaxLength(FieldLengths.IdNumberCipher).IsSensitive();
        builder.Property(l => l.AccountHash).HasMaxLength(FieldLengths.IdNumberHash).IsSensitive();
        builder.Property(l => l.AccountMasked).HasMaxLength(FieldLengths.CardNumberMasked);
        builder.Property(l => l.Amount).IsMoney();
        builder.Property(l => l.BankReference).HasMaxLength(FieldLengths.Reference);
        builder.Property(l => l.FailureReason).HasMaxLength(FieldLengths.ShortText);
        // A grant is in at most one open batch: the database refuses a second open line for it, even when two officers
        // batch the same grants at the same moment. Failed lines let go of it (null), so it can be batched again.
        builder.HasIndex(l => l.OpenGrantId).IsUnique();
        builder.HasIndex(l => new { l.PaymentBatchId, l.Sequence }).IsUnique();
        builder.HasIndex(l => l.GrantId);
        builder.HasIndex(l => l.HouseholdId);
        builder.HasOne(l => l.Grant).WithMany().HasForeignKey(l => l.GrantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Household>().WithMany().HasForeignKey(l => l.HouseholdId).OnDelete(DeleteBehavior.Restrict);
    }
}
