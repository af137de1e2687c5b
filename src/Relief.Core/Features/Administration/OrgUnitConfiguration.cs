using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;
using Relief.Core.Data;

namespace Relief.Core.Features.Administration;

public sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(FieldLengths.Title);
        builder.Property(u => u.Code).HasMaxLength(FieldLengths.UnitCode);
        builder.Property(u => u.Path).HasMaxLength(FieldLengths.UnitPath);
        builder.HasIndex(u => u.Path).IsUnique();
        builder.HasIndex(u => u.Code).IsUnique();
        builder.HasOne(u => u.Parent).WithMany(u => u.Children).HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasVersion();
    }
}
