using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relief.Core.Features.ServiceEvents;

public sealed class ServiceEventHouseholdConfiguration : IEntityTypeConfiguration<ServiceEventHousehold>
{
    public void Configure(EntityTypeBuilder<ServiceEventHousehold> builder)
    {
        builder.HasKey(h => new { h.ServiceEventId, h.HouseholdId });
        builder.HasOne(h => h.Household).WithMany().HasForeignKey(h => h.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.HouseholdId);
    }
}
