using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;

namespace Relief.Core.Features.Visits;

public sealed class VisitVisitorConfiguration : IEntityTypeConfiguration<VisitVisitor>
{
    public void Configure(EntityTypeBuilder<VisitVisitor> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(v => v.Title).HasMaxLength(FieldLengths.Name);
        builder.Property(v => v.UserId).HasMaxLength(FieldLengths.UserId);
    }
}
