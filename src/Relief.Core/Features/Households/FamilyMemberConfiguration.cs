using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;

namespace Relief.Core.Features.Households;

public sealed class FamilyMemberConfiguration : IEntityTypeConfiguration<FamilyMember>
{
    public void Configure(EntityTypeBuilder<FamilyMember> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(m => m.Relation).HasMaxLength(FieldLengths.Name);
        builder.Property(m => m.Occupation).HasMaxLength(FieldLengths.Title);
        builder.Property(m => m.Health).HasMaxLength(FieldLengths.ShortText);
    }
}
