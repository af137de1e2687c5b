using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.Administration;

public sealed class ReliefUserConfiguration : IEntityTypeConfiguration<ReliefUser>
{
    public void Configure(EntityTypeBuilder<ReliefUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(FieldLengths.Name);
        builder.Property(u => u.Title).HasMaxLength(FieldLengths.Name);
        builder.HasOne(u => u.OrgUnit).WithMany().HasForeignKey(u => u.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        // Identity's secrets never reach the audit log.
        builder.Property(u => u.PasswordHash).IsSensitive();
        builder.Property(u => u.SecurityStamp).IsSensitive();
        builder.Property(u => u.ConcurrencyStamp).IsSensitive();
    }
}
