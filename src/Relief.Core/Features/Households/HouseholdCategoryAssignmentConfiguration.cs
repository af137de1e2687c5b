using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relief.Core.Features.Households;

public sealed class HouseholdCategoryAssignmentConfiguration : IEntityTypeConfiguration<HouseholdCategoryAssignment>
{
    public void Configure(EntityTypeBuilder<HouseholdCategoryAssignment> builder)
    {
        builder.HasKey(c => new { c.HouseholdId, c.Category });
        builder.HasIndex(c => c.Category);
    }
}
