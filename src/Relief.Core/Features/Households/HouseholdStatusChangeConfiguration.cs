using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relief.Core.Common;

namespace Relief.Core.Features.Households;

public sealed class HouseholdStatusChangeConfiguration : IEntityTypeConfiguration<HouseholdStatusChange>
{
    public void Configure(EntityTypeBuilder<HouseholdStatusChange> builder)
    {
        builder.Property(s => s.Reason).HasMaxLength(FieldLengths.ShortText);
        builder.Property(s => s.Changes).HasMaxLength(FieldLengths.Notes);
        builder.Property(s => s.RecordedBy).HasMaxLength(FieldLengths.UserName);
        builder.HasIndex(s => new { s.HouseholdId, s.EffectiveOn });
    }
}
