using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relief.Core.Features.Visits;

public sealed class VisitHouseholdConfiguration : IEntityTypeConfiguration<VisitHousehold>
{
    public void Configure(EntityTypeBuilder<VisitHousehold> builder)
    {
        builder.HasKey(v => new { v.VisitId, v.HouseholdId });
        builder.HasOne(v => v.Household).WithMany().HasForeignKey(v => v.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.HouseholdId, v.CampaignId });
    }
}
