using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Grants;

public sealed class DisbursementConfiguration : IEntityTypeConfiguration<Disbursement>
{
    public void Configure(EntityTypeBuilder<Disbursement> builder)
    {
        builder.Property(d => d.PaidBy).HasMaxLength(FieldLengths.Name);
        builder.Property(d => d.Note).HasMaxLength(FieldLengths.ShortText);
        builder.Property(d => d.Amount).IsMoney();
        builder.Property(d => d.BankReference).HasMaxLength(FieldLengths.Reference);
        // Paid exactly once: the database refuses a second payment even if two requests race.
        builder.HasIndex(d => d.GrantId).IsUnique();
        builder.HasOne(d => d.Grant).WithMany().HasForeignKey(d => d.GrantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Visit>().WithMany().HasForeignKey(d => d.VisitId).OnDelete(DeleteBehavior.Restrict);
    }
}
