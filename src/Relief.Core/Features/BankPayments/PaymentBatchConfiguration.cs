using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.BankPayments;

public sealed class PaymentBatchConfiguration : IEntityTypeConfiguration<PaymentBatch>
{
    public void Configure(EntityTypeBuilder<PaymentBatch> builder)
    {
        builder.Property(b => b.Total).IsMoney();
        builder.Property(b => b.CreatedBy).HasMaxLength(FieldLengths.UserName);
        builder.Property(b => b.ApprovedBy).HasMaxLength(FieldLengths.UserName);
        builder.Property(b => b.SentBy).HasMaxLength(FieldLengths.UserName);
        builder.HasVersion();
        builder.HasIndex(b => new { b.CampaignId, b.OrgUnitId });
        builder.HasOne(b => b.Campaign).WithMany().HasForeignKey(b => b.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.OrgUnit).WithMany().HasForeignKey(b => b.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BankFileLayout>().WithMany().HasForeignKey(b => b.LayoutId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Lines).WithOne(l => l.PaymentBatch).HasForeignKey(l => l.PaymentBatchId).OnDelete(DeleteBehavior.Cascade);
    }
}
