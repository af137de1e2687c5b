using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;

namespace Relief.Core.Features.Administration;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(a => a.UserName).HasMaxLength(FieldLengths.UserName);
        builder.Property(a => a.Entity).HasMaxLength(FieldLengths.EntityName);
        builder.Property(a => a.EntityKey).HasMaxLength(FieldLengths.EntityKey);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Entity, a.EntityKey });
        builder.HasIndex(a => a.UserId);
    }
}
